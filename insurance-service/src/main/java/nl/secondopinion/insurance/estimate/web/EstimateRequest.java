package nl.secondopinion.insurance.estimate.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import nl.secondopinion.insurance.estimate.ReferralStatus;

record EstimateRequest(
		@NotNull @Pattern(regexp = "\\d{4}", message = "must be a 4-digit UZOVI code") String insurerUzovi,
		@NotNull ReferralStatus referralStatus, @Nullable Boolean insuredAbroad) {
}
