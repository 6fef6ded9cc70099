package nl.secondopinion.referral.request;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SecondOpinionRequestTest {

	private static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123Z");

	private static final UserReference ANNA = new UserReference("5e0c0000-0000-4000-8000-000000000001", "anna");

	private static NewRequest form(InsurerReference insurer) {
		return new NewRequest(new Question("Is an operation really the only option?"), Reason.DOUBT_ABOUT_TREATMENT,
				"neurology", insurer);
	}

	@Test
	void aNewDraftBelongsToThePatientAndHasNoReferralYet() {
		SecondOpinionRequest draft = SecondOpinionRequest.draft("r1", ANNA, form(null), NOW);

		assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
		assertThat(draft.owner()).isEqualTo(ANNA);
		assertThat(draft.referralStatus()).isEqualTo(ReferralStatus.NONE);
		assertThat(draft.createdAt()).isEqualTo(NOW);
		assertThat(draft.snapshot().version()).isNull();
	}

	@Test
	void creatingADraftWritesWhoDidItAndWhenToTheTimeline() {
		SecondOpinionRequest draft = SecondOpinionRequest.draft("r1", ANNA, form(null), NOW);

		assertThat(draft.timeline()).containsExactly(new TimelineEntry(NOW, ANNA, TimelineEvent.DRAFT_CREATED));
	}

	@Test
	void onlyTheOwnerOwnsTheRequest() {
		SecondOpinionRequest draft = SecondOpinionRequest.draft("r1", ANNA, form(null), NOW);

		assertThat(draft.isOwnedBy(ANNA.id())).isTrue();
		assertThat(draft.isOwnedBy("5e0c0000-0000-4000-8000-000000000002")).isFalse();
	}

	@Test
	void aCoverageCheckNeedsAnInsurer() {
		SecondOpinionRequest withoutInsurer = SecondOpinionRequest.draft("r1", ANNA, form(null), NOW);
		SecondOpinionRequest withInsurer = SecondOpinionRequest.draft("r2", ANNA,
				form(new InsurerReference("3311", null)), NOW);

		assertThatExceptionOfType(InsurerMissingException.class).isThrownBy(withoutInsurer::insurerForCoverageCheck);
		assertThat(withInsurer.insurerForCoverageCheck().uzovi()).isEqualTo("3311");
	}

	@Test
	void aRestoredRequestEqualsItsSnapshot() {
		SecondOpinionRequest.Snapshot snapshot = SecondOpinionRequest.draft("r1", ANNA, form(null), NOW).snapshot();

		assertThat(SecondOpinionRequest.restore(snapshot).snapshot()).isEqualTo(snapshot);
	}

	@Test
	void aBlankSpecialtyIsRejected() {
		NewRequest form = new NewRequest(new Question("Is an operation really the only option?"), Reason.CONFIRMATION,
				" ", null);

		assertThatIllegalArgumentException().isThrownBy(() -> SecondOpinionRequest.draft("r1", ANNA, form, NOW));
	}

	@Test
	void anInsurerIsKnownByAFourDigitUzoviCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InsurerReference("331", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new InsurerReference("33a1", null));
		assertThat(new InsurerReference("3311", "P-1").uzovi()).isEqualTo("3311");
	}

}
