@NullMarked
package nl.secondopinion.insurance.context;

import org.jspecify.annotations.NullMarked;
