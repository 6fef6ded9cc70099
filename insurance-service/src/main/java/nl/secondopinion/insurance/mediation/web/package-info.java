@NullMarked
package nl.secondopinion.insurance.mediation.web;

import org.jspecify.annotations.NullMarked;
