@NullMarked
package nl.secondopinion.insurance.client.notification;

import org.jspecify.annotations.NullMarked;
