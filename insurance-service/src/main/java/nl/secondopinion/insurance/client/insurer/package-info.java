@NullMarked
package nl.secondopinion.insurance.client.insurer;

import org.jspecify.annotations.NullMarked;
