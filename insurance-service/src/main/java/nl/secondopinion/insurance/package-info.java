@NullMarked
package nl.secondopinion.insurance;

import org.jspecify.annotations.NullMarked;
