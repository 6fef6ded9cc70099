@NullMarked
package nl.secondopinion.gateway.problem;

import org.jspecify.annotations.NullMarked;
