@NullMarked
package nl.secondopinion.notification.delivery;

import org.jspecify.annotations.NullMarked;
