@NullMarked
package nl.secondopinion.notification.event;

import org.jspecify.annotations.NullMarked;
