@NullMarked
package nl.secondopinion.notification;

import org.jspecify.annotations.NullMarked;
