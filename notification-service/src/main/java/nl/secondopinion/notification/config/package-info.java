@NullMarked
package nl.secondopinion.notification.config;

import org.jspecify.annotations.NullMarked;
