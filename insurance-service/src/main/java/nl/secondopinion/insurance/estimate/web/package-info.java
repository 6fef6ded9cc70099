@NullMarked
package nl.secondopinion.insurance.estimate.web;

import org.jspecify.annotations.NullMarked;
