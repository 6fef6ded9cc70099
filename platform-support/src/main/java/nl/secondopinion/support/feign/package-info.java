@NullMarked
package nl.secondopinion.support.feign;

import org.jspecify.annotations.NullMarked;
