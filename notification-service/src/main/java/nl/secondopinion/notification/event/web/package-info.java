@NullMarked
package nl.secondopinion.notification.event.web;

import org.jspecify.annotations.NullMarked;
