@NullMarked
package nl.secondopinion.support.config;

import org.jspecify.annotations.NullMarked;
