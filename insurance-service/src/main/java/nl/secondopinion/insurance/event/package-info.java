@NullMarked
package nl.secondopinion.insurance.event;

import org.jspecify.annotations.NullMarked;
