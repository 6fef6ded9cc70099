@NullMarked
package nl.secondopinion.gateway;

import org.jspecify.annotations.NullMarked;
