@NullMarked
package nl.secondopinion.insurance.insurer;

import org.jspecify.annotations.NullMarked;
