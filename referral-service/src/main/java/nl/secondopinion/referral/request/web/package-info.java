@NullMarked
package nl.secondopinion.referral.request.web;

import org.jspecify.annotations.NullMarked;
