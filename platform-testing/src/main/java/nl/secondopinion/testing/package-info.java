@NullMarked
package nl.secondopinion.testing;

import org.jspecify.annotations.NullMarked;
