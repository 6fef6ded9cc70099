@NullMarked
package nl.secondopinion.dossier.client.referral;

import org.jspecify.annotations.NullMarked;
