@NullMarked
package nl.secondopinion.dossier.document.web;

import org.jspecify.annotations.NullMarked;
