@NullMarked
package nl.secondopinion.insurance.config;

import org.jspecify.annotations.NullMarked;
