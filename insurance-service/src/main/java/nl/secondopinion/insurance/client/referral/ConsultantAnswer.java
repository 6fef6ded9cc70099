package nl.secondopinion.insurance.client.referral;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

@JsonIgnoreProperties(ignoreUnknown = true)
record ConsultantAnswer(@Nullable String id, @Nullable String userId, @Nullable String name, @Nullable String specialty,
		@Nullable String institution, @Nullable Boolean accepting, @Nullable Integer waitingWeeks,
		@Nullable List<String> languages) {

}
