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

		String consultantId;

		boolean withConsultant;

		String referralStatus = "NONE";

		String treatingDoctorId = Users.JANSEN;

		boolean gpNamed;

		String status = "SUBMITTED";

		String closedAt;

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

		/** The consultant with this platform id, under their directory id. */
		public Case assigned(String userId) {
			this.consultant = userId;
			this.consultantId = Users.directoryId(userId);
			this.status = "CONSULTANT_ASSIGNED";
			return this;
		}

		/** A directory consultant who has no platform account. */
		public Case assignedWithoutAccount(String consultantId) {
			this.consultant = null;
			this.consultantId = consultantId;
			this.status = "CONSULTANT_ASSIGNED";
			return this;
		}

		public Case withConsultant() {
			this.withConsultant = true;
			return this;
		}

		/** The treating doctor named by AGB code only: no platform id linked yet. */
		public Case treatingDoctorKnownByAgbOnly() {
			this.treatingDoctorId = null;
			return this;
		}

		/** The patient's GP dr. de Vries, named by AGB code. */
		public Case gpNamed() {
			this.gpNamed = true;
			return this;
		}

		public Case closed() {
			this.status = "CLOSED";
			this.closedAt = "2026-12-01T10:00:00Z";
			return this;
		}

		String json() {
			String consultant = (this.consultantId != null)
					? "{\"consultantId\":\"%s\",\"userId\":%s,\"name\":\"dr. %s\",\"institution\":\"%s\",\"accepted\":true}"
						.formatted(this.consultantId, quoted(this.consultant), this.consultantId.substring(2),
								Users.BAKKER.equals(this.consultant) ? "UMC Zuid" : "Ziekenhuis Noord")
					: "null";
			String gp = this.gpNamed ? """
					{"userId":null,"name":"dr. de Vries","agb":"01000001","practice":"Huisartsenpraktijk De Linde"}"""
					: "null";
			return """
					{"requestId":"%s","status":"%s","specialty":"neurology",
					 "patient":{"id":"%s","username":"anna","locale":"nl"},
					 "representatives":[{"id":"%s","username":"carla","consentGiven":true}],
					 "treatingDoctor":{"userId":%s,"name":"dr. P. Jansen","level":"SPECIALIST",
					   "specialty":"neurology","institution":"Ziekenhuis Noord","practice":null,"agb":"03000002"},
					 "generalPractitioner":%s,
					 "referral":{"status":"%s","referrerId":"%s","referrerRole":"gp","issuedAt":null,"validUntil":null},
					 "selfReferred":%s,"assignedConsultant":%s,"withConsultant":%s,
					 "insurer":{"uzovi":"3311","policyNumber":"ZK-1"},
					 "facts":{"treatedAbroad":%s,"imagingDone":%s,"pathologyDone":false,"operated":false,
					   "insuredAbroad":false},
					 "submittedAt":"2026-11-20T10:00:00Z","closedAt":%s}""".formatted(this.requestId, this.status,
					Users.ANNA, Users.CARLA, quoted(this.treatingDoctorId), gp, this.referralStatus, Users.DEVRIES,
					this.selfReferred, consultant, this.withConsultant, this.treatedAbroad, this.imagingDone,
					quoted(this.closedAt));
		}

		private static String quoted(String value) {
			return (value != null) ? "\"" + value + "\"" : "null";
		}

	}

}
