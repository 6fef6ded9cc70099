package nl.secondopinion.insurance.mediation;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediationRequestTest {

	private static final Instant ASKED = Instant.parse("2026-11-23T10:00:00Z");

	private static final Instant DUE = Instant.parse("2026-11-25T10:00:00Z");

	private final MediationRequest request = MediationRequest.open("r-1", "p-1", List.of("p-1", "rep-1"), "3311",
			"neurology", QuestionCategory.CONFIRMATION, new WaitingWish(4, null, List.of("nl")),
			new ContactPreference(ContactPreference.Channel.EMAIL, null, null), ASKED, DUE);

	private static List<ProposedConsultant> consultants() {
		return List.of(new ProposedConsultant("c-1", "dr. A", "UMC Zuid", 3, List.of("nl")),
				new ProposedConsultant("c-2", "dr. B", "Ziekenhuis Noord", 2, List.of("nl")));
	}

	@Test
	void whenTheFirstProposalComesBeforeTheDueMoment_thenWithinTargetAndThePatientIsTold() {
		this.request.propose(consultants(), null, "m-1", DUE);

		assertThat(this.request.withinTarget()).isTrue();
		assertThat(this.request.status()).isEqualTo(MediationStatus.PROPOSED);
		assertThat(this.request.pendingEvents()).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo("MEDIATION_PROPOSAL");
			assertThat(event.recipients()).extracting("userId").containsExactly("p-1", "rep-1");
			assertThat(event.data()).containsEntry("shortestWaitingWeeks", 2).containsEntry("consultantCount", 2);
		});
	}

	@Test
	void whenTheFirstProposalIsLate_thenNotWithinTargetAndLaterProposalsDoNotChangeThat() {
		this.request.propose(consultants(), null, "m-1", DUE.plusSeconds(1));
		this.request.propose(consultants(), null, "m-1", DUE.plusSeconds(100));

		assertThat(this.request.withinTarget()).isFalse();
		assertThat(this.request.firstProposalAt()).isEqualTo(DUE.plusSeconds(1));
	}

	@Test
	void whenClosed_thenNothingCanBeAdded() {
		this.request.close(new Outcome(Outcome.Kind.NO_SHORTER_WAIT_FOUND, null, "m-1", ASKED));

		assertThatThrownBy(() -> this.request.propose(consultants(), null, "m-1", ASKED))
			.isInstanceOf(MediationClosedException.class);
		assertThat(this.request.status()).isEqualTo(MediationStatus.CLOSED);
	}

}
