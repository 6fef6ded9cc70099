@NullMarked
package nl.secondopinion.gateway.security;

import org.jspecify.annotations.NullMarked;
