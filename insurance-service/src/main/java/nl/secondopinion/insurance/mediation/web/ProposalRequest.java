package nl.secondopinion.insurance.mediation.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

record ProposalRequest(@NotEmpty @Size(max = 10) List<@NotBlank String> consultantIds,
		@Nullable @Size(max = 500) String note) {

}
