package nl.secondopinion.insurance.testsupport;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.jspecify.annotations.Nullable;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Anna's request context at referral-service (contract section 1), with the facts a test
 * needs changed; {@link #stub} (re)places it on the WireMock server.
 */
public final class RequestContextStub {

	private final String requestId;

	private String uzovi = "3311";

	private String referral = "NONE";

	private String referrerRole = "gp";

	private boolean insuredAbroad;

	private String treatingLevel = "SPECIALIST";

	private @Nullable String supplementary;

	private String status = "SUBMITTED";

	private @Nullable String assignedConsultant;

	private RequestContextStub(String requestId) {
		this.requestId = requestId;
	}

	public static RequestContextStub of(String requestId) {
		return new RequestContextStub(requestId);
	}

	public RequestContextStub insurer(String uzovi) {
		this.uzovi = uzovi;
		return this;
	}

	/** {@code NONE}, {@code PRESENT} (issued three days ago) or {@code REFUSED}. */
	public RequestContextStub referral(String status, String referrerRole) {
		this.referral = status;
		this.referrerRole = referrerRole;
		return this;
	}

	public RequestContextStub insuredAbroad(boolean abroad) {
		this.insuredAbroad = abroad;
		return this;
	}

	public RequestContextStub treatingDoctorLevel(String level) {
		this.treatingLevel = level;
		return this;
	}

	public RequestContextStub supplementaryPackage(@Nullable String name) {
		this.supplementary = name;
		return this;
	}

	public RequestContextStub status(String status) {
		this.status = status;
		return this;
	}

	public RequestContextStub assignedConsultant(@Nullable String consultantId) {
		this.assignedConsultant = consultantId;
		return this;
	}

	public void stub(WireMockServer server) {
		server.stubFor(get(urlEqualTo("/internal/requests/" + this.requestId + "/context")).willReturn(okJson(json())));
	}

	private String json() {
		String issued = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		String referralJson = switch (this.referral) {
			case "PRESENT" -> """
					{"status":"PRESENT","referrerId":"5e0c0000-0000-4000-8000-000000000004","referrerRole":"%s",
					 "issuedAt":"%s","validUntil":"2099-01-01"}""".formatted(this.referrerRole, issued);
			case "REFUSED" -> """
					{"status":"REFUSED","referrerId":"5e0c0000-0000-4000-8000-000000000004","referrerRole":"%s"}"""
				.formatted(this.referrerRole);
			default -> "{\"status\":\"NONE\"}";
		};
		boolean ended = this.status.equals("CLOSED") || this.status.equals("WITHDRAWN")
				|| this.status.equals("CANCELLED");
		return """
				{"requestId":"%s","status":"%s","specialty":"neurology",
				 "submittedAt":"2026-12-01T09:30:00Z","closedAt":%s,
				 "patient":{"id":"%s","username":"anna","locale":"nl"},
				 "representatives":[{"id":"%s","username":"carla","consentGiven":true},
				                    {"id":"%s","username":"bram","consentGiven":false}],
				 "treatingDoctor":{"userId":"5e0c0000-0000-4000-8000-000000000005","name":"dr. P. Jansen",
				                   "level":"%s","specialty":"neurology","institution":"Ziekenhuis Noord",
				                   "agb":"03012345"},
				 "referral":%s,
				 "selfReferred":false,"assignedConsultant":%s,"withConsultant":false,
				 "insurer":{"uzovi":"%s","policyNumber":"ZK-1","supplementaryPackage":%s},
				 "facts":{"treatedAbroad":false,"imagingDone":true,"pathologyDone":false,"operated":false,
				          "insuredAbroad":%s}}""".formatted(this.requestId, this.status,
				ended ? "\"2026-12-03T10:00:00Z\"" : "null", ReferralStubs.ANNA, ReferralStubs.CARLA,
				ReferralStubs.BRAM, this.treatingLevel, referralJson, (this.assignedConsultant != null) ? """
						{"consultantId":"%s","userId":null,"name":"dr. A. Bakker","institution":"UMC Zuid",
						 "accepted":false}""".formatted(this.assignedConsultant) : "null", this.uzovi,
				(this.supplementary != null) ? "\"" + this.supplementary + "\"" : "null", this.insuredAbroad);
	}

}
