@NullMarked
package nl.secondopinion.notification.mail;

import org.jspecify.annotations.NullMarked;
