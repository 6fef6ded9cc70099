package nl.secondopinion.referral.request;

import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.secondopinion.support.security.Role;

import static nl.secondopinion.referral.request.Fixtures.ADMIN;
import static nl.secondopinion.referral.request.Fixtures.ANNA;
import static nl.secondopinion.referral.request.Fixtures.BAKKER;
import static nl.secondopinion.referral.request.Fixtures.BRAM;
import static nl.secondopinion.referral.request.Fixtures.CARLA;
import static nl.secondopinion.referral.request.Fixtures.DEVRIES;
import static nl.secondopinion.referral.request.Fixtures.INTAKE;
import static nl.secondopinion.referral.request.Fixtures.JANSEN;
import static nl.secondopinion.referral.request.Fixtures.MEDIATOR;
import static nl.secondopinion.referral.request.Fixtures.NOW;
import static nl.secondopinion.referral.request.Fixtures.VISSER;
import static nl.secondopinion.referral.request.Fixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;

class RequestAccessTest {

	private static Set<Relation> of(Caller caller, SecondOpinionRequest request) {
		return RequestAccess.relations(caller, request);
	}

	@Test
	void aDraftIsThePatientsAlone() {
		SecondOpinionRequest draft = Fixtures.draft("r1");

		assertThat(of(ANNA, draft)).containsExactly(Relation.PATIENT);
		for (Caller other : new Caller[] { BRAM, CARLA, DEVRIES, JANSEN, BAKKER, INTAKE, MEDIATOR, ADMIN }) {
			assertThat(of(other, draft)).as(other.username()).isEmpty();
		}
	}

	@Test
	void onceSubmittedTheNamedGpAndTheTreatingDoctorSeeIt() {
		SecondOpinionRequest request = Fixtures.submitted("r1");

		assertThat(of(DEVRIES, request)).containsExactly(Relation.NAMED_GP);
		assertThat(of(JANSEN, request)).containsExactly(Relation.TREATING_DOCTOR);
		assertThat(of(BAKKER, request)).isEmpty();
		assertThat(of(INTAKE, request)).isEmpty();
		assertThat(of(MEDIATOR, request)).isEmpty();
	}

	@Test
	void theAssignedConsultantAndTheIntakeOfTheirSiteSeeItOtherConsultantsDoNot() {
		SecondOpinionRequest request = Fixtures.assigned("r1");

		assertThat(of(BAKKER, request)).containsExactly(Relation.CONSULTANT);
		assertThat(of(INTAKE, request)).containsExactly(Relation.INTAKE_COORDINATOR);
		assertThat(of(VISSER, request)).isEmpty();
		assertThat(of(DEVRIES, request)).contains(Relation.REFERRER);
	}

	@Test
	void aRepresentativeSeesOnlyWithinConsentAndTheClaim() {
		SecondOpinionRequest request = SecondOpinionRequest.byRepresentative("r1", actor(CARLA, Actor.REPRESENTATIVE),
				"anna", null, Fixtures.details(), NOW);
		assertThat(of(CARLA, request)).containsExactly(Relation.PENDING_REPRESENTATIVE);
		assertThat(of(ANNA, request)).containsExactly(Relation.PATIENT);
		assertThat(of(BRAM, request)).isEmpty();

		request.decideConsent(actor(ANNA, "patient"), ANNA.id(), "nl", true, null, NOW);
		assertThat(of(CARLA, request)).containsExactly(Relation.REPRESENTATIVE);

		Caller carlaWithoutClaim = new Caller(CARLA.user(), null);
		assertThat(of(carlaWithoutClaim, request)).isEmpty();

		request.decideConsent(actor(ANNA, "patient"), ANNA.id(), "nl", false, null, NOW);
		assertThat(of(CARLA, request)).isEmpty();
	}

	@Test
	void aRepresentativesRequestNamingAnotherPatientIdIsNotAnnas() {
		SecondOpinionRequest request = SecondOpinionRequest.byRepresentative("r1", actor(CARLA, Actor.REPRESENTATIVE),
				"anna", Fixtures.id("02"), Fixtures.details(), NOW);

		assertThat(of(ANNA, request)).isEmpty();
	}

	@Test
	void theReportIsForPatientRepresentativeReferrerTreatingDoctorAndAuthorOnly() {
		SecondOpinionRequest request = Fixtures.consulted("r1");
		request.writeReport(actor(BAKKER, "consultant"), Fixtures.report(false), NOW);

		assertThat(RequestAccess.mayReadReport(of(ANNA, request), request)).isTrue();
		assertThat(RequestAccess.mayReadReport(of(DEVRIES, request), request)).isTrue();
		assertThat(RequestAccess.mayReadReport(of(JANSEN, request), request)).isTrue();
		assertThat(RequestAccess.mayReadReport(of(BAKKER, request), request)).isTrue();
		assertThat(RequestAccess.mayReadReport(of(INTAKE, request), request)).isFalse();
		assertThat(RequestAccess.mayReadReport(of(VISSER, request), request)).isFalse();
		assertThat(RequestAccess.mayReadReport(of(MEDIATOR, request), request)).isFalse();
	}

	@Test
	void aGpWhoRefusedIsNoReferrerForTheReport() {
		SecondOpinionRequest request = Fixtures.submitted("r1");
		request.refuseReferral(actor(DEVRIES, "gp"), "Asked three times already this year.", NOW);
		Caller otherGp = Fixtures.caller("13", "dr.other", Role.GP, null, null, "01999999");

		assertThat(RequestAccess.mayReadReport(Set.of(Relation.REFERRER), request)).isFalse();
		assertThat(of(otherGp, request)).isEmpty();
	}

}
