@NullMarked
package nl.secondopinion.notification.client.sms;

import org.jspecify.annotations.NullMarked;
