@NullMarked
package nl.secondopinion.notification.delivery.web;

import org.jspecify.annotations.NullMarked;
