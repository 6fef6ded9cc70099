package nl.secondopinion.insurance.testsupport;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.secondopinion.testing.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
	 * {@code REFUSED}, from her GP, about a specialist.
	 */
	public static void context(WireMockServer server, String requestId, String uzovi, String referral,
			boolean insuredAbroad) {
		RequestContextStub.of(requestId)
			.insurer(uzovi)
			.referral(referral, "gp")
			.insuredAbroad(insuredAbroad)
			.stub(server);
	}

	/**
	 * The candidates referral-service lets Anna choose (contract section 2): dr. Visser
	 * of the treating doctor's own hospital is not among them.
	 */
	public static void candidates(WireMockServer server, String requestId) {
		server.stubFor(get(urlPathEqualTo("/internal/requests/" + requestId + "/candidates")).willReturn(okJson("""
				[{"id":"c-bakker","userId":"5e0c0000-0000-4000-8000-000000000006","name":"dr. A. Bakker",
				  "specialty":"neurology","institution":"UMC Zuid","accepting":true,"waitingWeeks":3,
				  "languages":["nl"]},
				 {"id":"c-smit","userId":null,"name":"dr. J. Smit","specialty":"neurology",
				  "institution":"Ziekenhuis Oost","accepting":true,"waitingWeeks":4,"languages":["nl","en"]}]""")));
	}

}
