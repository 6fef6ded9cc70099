package nl.secondopinion.dossier;

import java.util.Map;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.secondopinion.testing.TestTokens;

/** The realm's demo users as MockMvc tokens, with their organisation claims. */
public final class Users {

	public static final String ANNA = "5e0c0000-0000-4000-8000-000000000001";

	public static final String BRAM = "5e0c0000-0000-4000-8000-000000000002";

	public static final String CARLA = "5e0c0000-0000-4000-8000-000000000003";

	public static final String DEVRIES = "5e0c0000-0000-4000-8000-000000000004";

	public static final String JANSEN = "5e0c0000-0000-4000-8000-000000000005";

	public static final String BAKKER = "5e0c0000-0000-4000-8000-000000000006";

	public static final String VISSER = "5e0c0000-0000-4000-8000-000000000007";

	/** Directory ids of the consultants, as a request shows them. */
	public static final String BAKKER_DIRECTORY_ID = "c-bakker";

	public static final String VISSER_DIRECTORY_ID = "c-visser";

	private Users() {
	}

	public static String directoryId(String userId) {
		return userId.equals(BAKKER) ? BAKKER_DIRECTORY_ID : VISSER_DIRECTORY_ID;
	}

	public static RequestPostProcessor anna() {
		// Explicit ids: the demo realm's, whatever the installed test library assumes.
		return TestTokens.user(ANNA, "anna", Map.of("locale", "nl"), "patient");
	}

	public static RequestPostProcessor bram() {
		return TestTokens.user(BRAM, "bram", Map.of("locale", "en"), "patient");
	}

	public static RequestPostProcessor carla() {
		return TestTokens.user(CARLA, "carla", Map.of("represents", "anna"), "representative");
	}

	public static RequestPostProcessor devries() {
		return TestTokens.user(DEVRIES, "dr.devries",
				Map.of("practice", "Huisartsenpraktijk De Linde", "agb", "01000001"), "gp");
	}

	public static RequestPostProcessor jansen() {
		return TestTokens.user(JANSEN, "dr.jansen", Map.of("institution", "Ziekenhuis Noord", "specialty", "neurology"),
				"specialist");
	}

	/**
	 * Dr. Jansen's own account before the case knows it: the case names him by AGB code
	 * only.
	 */
	public static RequestPostProcessor jansenByAgb() {
		return TestTokens.user("5e0c0000-0000-4000-8000-000000000015", "dr.jansen2",
				Map.of("institution", "Ziekenhuis Noord", "specialty", "neurology", "agb", "03000002"), "specialist");
	}

	/** The patient's GP by AGB code, an account the case does not know by id. */
	public static RequestPostProcessor devriesByAgb() {
		return TestTokens.user("5e0c0000-0000-4000-8000-000000000014", "dr.devries2",
				Map.of("practice", "Huisartsenpraktijk De Linde", "agb", "01000001"), "gp");
	}

	public static RequestPostProcessor bakker() {
		return TestTokens.user(BAKKER, "dr.bakker", Map.of("institution", "UMC Zuid", "specialty", "neurology"),
				"consultant");
	}

	public static RequestPostProcessor visser() {
		return TestTokens.user(VISSER, "dr.visser", Map.of("institution", "Ziekenhuis Noord", "specialty", "neurology"),
				"consultant");
	}

	public static RequestPostProcessor intake() {
		return TestTokens.user("5e0c0000-0000-4000-8000-000000000009", "intake.umczuid",
				Map.of("institution", "UMC Zuid"), "intake-coordinator");
	}

	public static RequestPostProcessor mediator() {
		return TestTokens.user("5e0c0000-0000-4000-8000-000000000010", "mediator.zk", Map.of("insurer_uzovi", "3311"),
				"insurer-mediator");
	}

	public static RequestPostProcessor admin() {
		return TestTokens.user("5e0c0000-0000-4000-8000-000000000012", "admin", "platform-admin");
	}

}
