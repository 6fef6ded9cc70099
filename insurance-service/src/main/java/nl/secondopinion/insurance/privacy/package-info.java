@NullMarked
package nl.secondopinion.insurance.privacy;

import org.jspecify.annotations.NullMarked;
