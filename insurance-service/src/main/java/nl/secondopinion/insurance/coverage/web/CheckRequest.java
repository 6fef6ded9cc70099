package nl.secondopinion.insurance.coverage.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The citizen service number is checked with the eleven-test and never echoed back. */
record CheckRequest(@NotBlank @Size(max = 64) String requestId, @NotBlank @Size(max = 16) String bsn) {

	@Override
	public String toString() {
		return "CheckRequest[requestId=" + this.requestId + "]";
	}

}
