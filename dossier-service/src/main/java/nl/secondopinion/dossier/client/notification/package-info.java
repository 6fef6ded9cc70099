@NullMarked
package nl.secondopinion.dossier.client.notification;

import org.jspecify.annotations.NullMarked;
