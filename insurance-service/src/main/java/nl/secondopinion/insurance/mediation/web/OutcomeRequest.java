package nl.secondopinion.insurance.mediation.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.insurance.mediation.Outcome;

record OutcomeRequest(@NotNull Outcome.Kind outcome, @Nullable String consultantId) {

}
