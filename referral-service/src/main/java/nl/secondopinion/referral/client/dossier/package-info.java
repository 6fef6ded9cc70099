@NullMarked
package nl.secondopinion.referral.client.dossier;

import org.jspecify.annotations.NullMarked;
