@NullMarked
package nl.secondopinion.notification.preference;

import org.jspecify.annotations.NullMarked;
