package nl.secondopinion.insurance.testsupport;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.secondopinion.testing.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** referral-service's internal answers, shaped as in the contract. */
public final class ReferralStubs {

	public static final String ANNA = "5e0c0000-0000-4000-8000-000000000001";

	public static final String BRAM = "5e0c0000-0000-4000-8000-000000000002";

	public static final String CARLA = "5e0c0000-0000-4000-8000-000000000003";

	private ReferralStubs() {
	}

	/**
	 * Anna's token with the realm's fixed id. (The platform-testing jar in the local
	 * repository may still carry older demo ids, so the ids are set here.)
	 */
	public static RequestPostProcessor anna() {
		return TestTokens.user(ANNA, "anna", Map.of("locale", "nl"), "patient");
	}

	public static RequestPostProcessor bram() {
		return TestTokens.user(BRAM, "bram", Map.of("locale", "en"), "patient");
	}

	/** Anna's representative, with her consent in every context stubbed here. */
	public static RequestPostProcessor carla() {
		return TestTokens.user(CARLA, "carla", Map.of("represents", ANNA), "representative");
	}

	/** A care mediator of Zilveren Kruis (3311). */
	public static RequestPostProcessor mediatorZk() {
		return TestTokens.user("5e0c0000-0000-4000-8000-000000000010", "mediator.zk", Map.of("insurer_uzovi", "3311"),
				"insurer-mediator");
	}

	/** A care mediator of CZ (9664). */
	public static RequestPostProcessor mediatorCz() {
		return TestTokens.user("5e0c0000-0000-4000-8000-000000000011", "mediator.cz",
				Map.of("insurer_uzovi", "9664", "locale", "en"), "insurer-mediator");
	}

	/**
	 * Anna's request; {@code referral} is {@code NONE}, {@code PRESENT} or
	 * {@code REFUSED}.
	 */
	public static void context(WireMockServer server, String requestId, String uzovi, String referral,
			boolean insuredAbroad) {
		String issued = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		String referralJson = switch (referral) {
			case "PRESENT" -> """
					{"status":"PRESENT","referrerId":"5e0c0000-0000-4000-8000-000000000004","referrerRole":"gp",
					 "issuedAt":"%s","validUntil":"2099-01-01"}""".formatted(issued);
			case "REFUSED" -> """
					{"status":"REFUSED","referrerId":"5e0c0000-0000-4000-8000-000000000004","referrerRole":"gp"}""";
			default -> "{\"status\":\"NONE\"}";
		};
		server.stubFor(get(urlEqualTo("/internal/requests/" + requestId + "/context")).willReturn(okJson("""
				{"requestId":"%s","status":"SUBMITTED","specialty":"neurology",
				 "patient":{"id":"%s","username":"anna","locale":"nl"},
				 "representatives":[{"id":"%s","username":"carla","consentGiven":true},
				                    {"id":"%s","username":"bram","consentGiven":false}],
				 "treatingDoctor":{"userId":"5e0c0000-0000-4000-8000-000000000005","name":"dr. P. Jansen"},
				 "referral":%s,
				 "selfReferred":false,"assignedConsultant":null,"withConsultant":false,
				 "insurer":{"uzovi":"%s","policyNumber":"ZK-1"},
				 "facts":{"treatedAbroad":false,"imagingDone":true,"pathologyDone":false,"operated":false,
				          "insuredAbroad":%s}}""".formatted(requestId, ANNA, CARLA, BRAM, referralJson, uzovi,
				insuredAbroad))));
	}

	public static void consultants(WireMockServer server) {
		server.stubFor(get(urlPathEqualTo("/internal/consultants")).willReturn(okJson("""
				[{"id":"c-visser","userId":"5e0c0000-0000-4000-8000-000000000007","name":"dr. M. Visser",
				  "level":"MEDICAL_SPECIALIST","specialty":"neurology","institution":"Ziekenhuis Noord",
				  "accepting":true,"waitingWeeks":2,"languages":["nl","en"],"networkTags":[],"intakeLimits":[]},
				 {"id":"c-bakker","userId":"5e0c0000-0000-4000-8000-000000000006","name":"dr. A. Bakker",
				  "level":"MEDICAL_SPECIALIST","specialty":"neurology","institution":"UMC Zuid",
				  "accepting":true,"waitingWeeks":3,"languages":["nl"],"networkTags":["NWHHT"],"intakeLimits":[]},
				 {"id":"c-closed","name":"dr. Dicht","specialty":"neurology","accepting":false,"waitingWeeks":1,
				  "languages":["nl"]}]""")));
	}

}
