package nl.secondopinion.dossier;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/** Referral-service's context answers and Keycloak's token endpoint on one WireMock. */
public final class ReferralStub {

	public static final String TOKEN_PATH = "/realms/secondopinion/protocol/openid-connect/token";

	private ReferralStub() {
	}

	public static void tokenEndpoint(WireMockServer wiremock) {
		wiremock.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson("""
				{"access_token": "service-token-1", "token_type": "Bearer", "expires_in": 300}""")));
	}

	public static void context(WireMockServer wiremock, Case c) {
		wiremock
			.stubFor(get(urlEqualTo("/internal/requests/" + c.requestId + "/context")).willReturn(okJson(c.json())));
	}

	/**
	 * A case as referral-service describes it; defaults: anna's, neurology, imaging done.
	 */
	public static final class Case {

		final String requestId;

		boolean imagingDone = true;

		boolean selfReferred;

		boolean treatedAbroad;

		String consultant;

		boolean withConsultant;

		String referralStatus = "NONE";

		public Case(String requestId) {
			this.requestId = requestId;
		}

		public Case imagingDone(boolean value) {
			this.imagingDone = value;
			return this;
		}

		public Case selfReferred(boolean value) {
			this.selfReferred = value;
			return this;
		}

		public Case treatedAbroad(boolean value) {
			this.treatedAbroad = value;
			return this;
		}

		public Case assigned(String consultantId) {
			this.consultant = consultantId;
			return this;
		}

		public Case withConsultant() {
			this.withConsultant = true;
			return this;
		}

		String json() {
			String consultant = (this.consultant != null) ? "{\"userId\":\"" + this.consultant + "\",\"institution\":\""
					+ (this.consultant.equals(Users.BAKKER) ? "UMC Zuid" : "Ziekenhuis Noord") + "\"}" : "null";
			return """
					{"requestId":"%s","status":"SUBMITTED","specialty":"neurology",
					 "patient":{"id":"%s","username":"anna","locale":"nl"},
					 "representatives":[{"id":"%s","username":"carla","consentGiven":true}],
					 "treatingDoctor":{"userId":"%s","name":"dr. P. Jansen","level":"MEDICAL_SPECIALIST",
					   "specialty":"neurology","institution":"Ziekenhuis Noord","practice":null,"agb":"03000002"},
					 "referral":{"status":"%s","referrerId":"%s","referrerRole":"gp","issuedAt":null,"validUntil":null},
					 "selfReferred":%s,"assignedConsultant":%s,"withConsultant":%s,
					 "insurer":{"uzovi":"3311","policyNumber":"ZK-1"},
					 "facts":{"treatedAbroad":%s,"imagingDone":%s,"pathologyDone":false,"operated":false,
					   "insuredAbroad":false}}""".formatted(this.requestId, Users.ANNA, Users.CARLA, Users.JANSEN,
					this.referralStatus, Users.DEVRIES, this.selfReferred, consultant, this.withConsultant,
					this.treatedAbroad, this.imagingDone);
		}

	}

}
