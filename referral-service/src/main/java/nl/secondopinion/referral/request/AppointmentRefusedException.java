package nl.secondopinion.referral.request;

import java.util.List;
import java.util.Map;

/**
 * The appointment gate refused: the slug names the rule (e.g.
 * {@code dossier-incomplete}), {@code details} what is missing.
 */
public class AppointmentRefusedException extends RuntimeException {

	private final String rule;

	private final String detail;

	private final Map<String, List<?>> details;

	public AppointmentRefusedException(String rule, String detail, Map<String, List<?>> details) {
		super("Appointment refused: " + rule, null, false, false);
		this.rule = rule;
		this.detail = detail;
		this.details = Map.copyOf(details);
	}

	public String rule() {
		return this.rule;
	}

	public String detail() {
		return this.detail;
	}

	public Map<String, List<?>> details() {
		return this.details;
	}

}
