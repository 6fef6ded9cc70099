@NullMarked
package nl.secondopinion.notification.inbox.web;

import org.jspecify.annotations.NullMarked;
