package nl.secondopinion.insurance.mediation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.secondopinion.insurance.context.RequestContext;
import nl.secondopinion.insurance.context.RequestNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;

class CasePhasesTest {

	private static final Instant ASKED = Instant.parse("2026-11-23T10:00:00Z");

	private final List<String> asked = new ArrayList<>();

	private static MediationRequest mediation(String requestId) {
		return MediationRequest.open(requestId, "p-1", List.of("p-1"), "3311", "neurology",
				QuestionCategory.CONFIRMATION, new WaitingWish(null, null, List.of()),
				new ContactPreference(ContactPreference.Channel.EMAIL, null, null), ASKED, ASKED);
	}

	private static RequestContext context(String requestId, String uzovi) {
		return new RequestContext(requestId, "neurology", "p-1", List.of(), RequestContext.Referral.none(),
				RequestContext.StatedInsurance.of(uzovi), false, "SPECIALIST",
				new RequestContext.Phase("IN_REVIEW", ASKED, null), null);
	}

	private CasePhases phases() {
		return new CasePhases((requestId) -> {
			this.asked.add(requestId);
			return switch (requestId) {
				case "down" -> throw new IllegalStateException("referral-service unavailable");
				case "gone" -> throw new RequestNotFoundException();
				case "moved" -> context(requestId, "9664");
				default -> context(requestId, "3311");
			};
		});
	}

	@Test
	void whenTheRequestIsRead_thenItsStatusAndSubmission() {
		CasePhase phase = phases().of(mediation("r-1"));

		assertThat(phase).isEqualTo(new CasePhase("IN_REVIEW", ASKED, false));
	}

	@Test
	void whenTheRequestIsGoneOrNamesAnotherInsurer_thenNothingIsShownAndNothingIsFlagged() {
		assertThat(phases().of(mediation("gone"))).isEqualTo(CasePhase.NOT_SHOWN);
		assertThat(phases().of(mediation("moved"))).isEqualTo(CasePhase.NOT_SHOWN);
	}

	@Test
	void whenReferralServiceFailsInAList_thenThatAndTheRestAreUnavailableWithoutAskingAgain() {
		List<MediationRequest> list = List.of(mediation("r-1"), mediation("down"), mediation("r-2"), mediation("r-3"));

		Map<String, CasePhase> phases = phases().of(list);

		assertThat(phases.values()).extracting(CasePhase::unavailable).containsExactly(false, true, true, true);
		assertThat(this.asked).containsExactly("r-1", "down");
	}

}
