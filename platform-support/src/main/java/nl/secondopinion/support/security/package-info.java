@NullMarked
package nl.secondopinion.support.security;

import org.jspecify.annotations.NullMarked;
