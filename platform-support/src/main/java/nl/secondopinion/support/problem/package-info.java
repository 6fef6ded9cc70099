@NullMarked
package nl.secondopinion.support.problem;

import org.jspecify.annotations.NullMarked;
