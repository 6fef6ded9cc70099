@NullMarked
package nl.secondopinion.notification.client;

import org.jspecify.annotations.NullMarked;
