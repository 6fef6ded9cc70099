@NullMarked
package nl.secondopinion.referral.config;

import org.jspecify.annotations.NullMarked;
