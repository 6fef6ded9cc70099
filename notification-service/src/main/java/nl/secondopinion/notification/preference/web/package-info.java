@NullMarked
package nl.secondopinion.notification.preference.web;

import org.jspecify.annotations.NullMarked;
