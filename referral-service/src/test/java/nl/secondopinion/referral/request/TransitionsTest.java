package nl.secondopinion.referral.request;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static nl.secondopinion.referral.request.RequestStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every status against every step: the table below is the journey as the issue states it,
 * written out independently of {@link Transitions}. Adding, removing or redirecting one
 * transition there fails a test here.
 */
class TransitionsTest {

	private static final Map<RequestStatus, Map<Step, RequestStatus>> EXPECTED = new EnumMap<>(RequestStatus.class);

	static {
		expect(DRAFT, Step.SUBMIT, SUBMITTED);
		expect(DRAFT, Step.WITHDRAW, WITHDRAWN);
		expect(AWAITING_PATIENT_CONSENT, Step.GIVE_CONSENT, DRAFT);
		expect(AWAITING_PATIENT_CONSENT, Step.REFUSE_CONSENT, CANCELLED);
		expect(AWAITING_PATIENT_CONSENT, Step.WITHDRAW, WITHDRAWN);
		expect(SUBMITTED, Step.ISSUE_REFERRAL, REFERRED);
		expect(SUBMITTED, Step.REFUSE_REFERRAL, REFERRAL_REFUSED);
		expect(SUBMITTED, Step.SELF_REFER, SELF_REFERRED);
		expect(SUBMITTED, Step.WITHDRAW, WITHDRAWN);
		expect(REFERRAL_REFUSED, Step.ISSUE_REFERRAL, REFERRED);
		expect(REFERRAL_REFUSED, Step.SELF_REFER, SELF_REFERRED);
		expect(REFERRAL_REFUSED, Step.WITHDRAW, WITHDRAWN);
		expect(REFERRED, Step.ASSIGN_CONSULTANT, CONSULTANT_ASSIGNED);
		expect(REFERRED, Step.WITHDRAW, WITHDRAWN);
		expect(SELF_REFERRED, Step.ISSUE_REFERRAL, REFERRED);
		expect(SELF_REFERRED, Step.ASSIGN_CONSULTANT, CONSULTANT_ASSIGNED);
		expect(SELF_REFERRED, Step.WITHDRAW, WITHDRAWN);
		expect(CONSULTANT_ASSIGNED, Step.ACCEPT_CASE, CASE_ACCEPTED);
		expect(CONSULTANT_ASSIGNED, Step.DECLINE_CASE, CONSULTANT_DECLINED);
		expect(CONSULTANT_ASSIGNED, Step.CANCEL, CANCELLED);
		expect(CONSULTANT_ASSIGNED, Step.WITHDRAW, WITHDRAWN);
		expect(CONSULTANT_DECLINED, Step.ASSIGN_CONSULTANT, CONSULTANT_ASSIGNED);
		expect(CONSULTANT_DECLINED, Step.WITHDRAW, WITHDRAWN);
		expect(CASE_ACCEPTED, Step.SCHEDULE_APPOINTMENT, APPOINTMENT_SCHEDULED);
		expect(CASE_ACCEPTED, Step.CANCEL, CANCELLED);
		expect(CASE_ACCEPTED, Step.WITHDRAW, WITHDRAWN);
		expect(APPOINTMENT_SCHEDULED, Step.RECORD_CONSULTATION, CONSULTED);
		expect(APPOINTMENT_SCHEDULED, Step.CANCEL, CANCELLED);
		expect(APPOINTMENT_SCHEDULED, Step.WITHDRAW, WITHDRAWN);
		expect(CONSULTED, Step.WRITE_REPORT, REPORTED);
		expect(CONSULTED, Step.WITHDRAW, WITHDRAWN);
		expect(REPORTED, Step.PROPOSE_TRANSFER, TRANSFER_OF_CARE_PROPOSED);
		expect(REPORTED, Step.CLOSE, CLOSED);
		expect(TRANSFER_OF_CARE_PROPOSED, Step.DECIDE_TRANSFER, REPORTED);
	}

	private static void expect(RequestStatus from, Step step, RequestStatus to) {
		EXPECTED.computeIfAbsent(from, (status) -> new HashMap<>()).put(step, to);
	}

	@ParameterizedTest
	@EnumSource(RequestStatus.class)
	void everyStepFromEveryStatusIsAllowedExactlyAsTheJourneySays(RequestStatus from) {
		Map<Step, RequestStatus> allowed = EXPECTED.getOrDefault(from, Map.of());
		for (Step step : Step.values()) {
			RequestStatus expected = allowed.get(step);
			if (expected != null) {
				assertThat(Transitions.next(from, step)).as("%s --%s-->", from, step).isEqualTo(expected);
			}
			else {
				assertThatExceptionOfType(IllegalTransitionException.class).as("%s --%s--> refused", from, step)
					.isThrownBy(() -> Transitions.next(from, step))
					.satisfies((refused) -> {
						assertThat(refused.current()).isEqualTo(from);
						assertThat(refused.step()).isEqualTo(step);
						assertThat(refused.allowed()).isEqualTo(allowed);
					});
			}
		}
		assertThat(Transitions.allowedFrom(from)).isEqualTo(allowed);
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "CLOSED", "WITHDRAWN", "CANCELLED" })
	void theEndStatesAllowNothing(RequestStatus end) {
		assertThat(end.isFinal()).isTrue();
		assertThat(Transitions.allowedFrom(end)).isEmpty();
	}

	@Test
	void everyStatusIsReachableFromDraftOrAConsentRequest() {
		java.util.Set<RequestStatus> reached = java.util.EnumSet.of(DRAFT, AWAITING_PATIENT_CONSENT);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (RequestStatus from : java.util.List.copyOf(reached)) {
				grew |= reached.addAll(Transitions.allowedFrom(from).values());
			}
		}
		assertThat(reached).containsExactlyInAnyOrder(RequestStatus.values());
	}

	@Test
	void onlyTheEndStatesAreFinal() {
		for (RequestStatus status : RequestStatus.values()) {
			assertThat(status.isFinal()).as(status.name()).isEqualTo(Transitions.allowedFrom(status).isEmpty());
		}
	}

}
