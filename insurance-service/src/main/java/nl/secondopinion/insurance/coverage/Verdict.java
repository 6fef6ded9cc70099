package nl.secondopinion.insurance.coverage;

import java.util.List;

/** A decision with its reasons, before it is stored. */
public record Verdict(Decision decision, List<Reason> reasons) {

	public Verdict {
		reasons = List.copyOf(reasons);
	}

}
