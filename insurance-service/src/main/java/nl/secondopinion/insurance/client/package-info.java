@NullMarked
package nl.secondopinion.insurance.client;

import org.jspecify.annotations.NullMarked;
