@NullMarked
package nl.secondopinion.notification.template;

import org.jspecify.annotations.NullMarked;
