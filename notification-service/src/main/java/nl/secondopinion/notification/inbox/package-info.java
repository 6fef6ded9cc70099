@NullMarked
package nl.secondopinion.notification.inbox;

import org.jspecify.annotations.NullMarked;
