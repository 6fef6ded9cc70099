@NullMarked
package nl.secondopinion.insurance.coverage.web;

import org.jspecify.annotations.NullMarked;
