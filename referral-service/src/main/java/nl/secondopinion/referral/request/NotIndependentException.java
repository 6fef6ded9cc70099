package nl.secondopinion.referral.request;

import java.util.List;

/** The chosen consultant is not independent of the treating doctor. */
public class NotIndependentException extends RuntimeException {

	private final List<IndependenceCheck.Rule> rules;

	public NotIndependentException(List<IndependenceCheck.Rule> rules) {
		super("Consultant not independent: " + rules, null, false, false);
		this.rules = List.copyOf(rules);
	}

	public List<IndependenceCheck.Rule> rules() {
		return this.rules;
	}

}
