package nl.secondopinion.insurance.mediation;

/** An accepted proposal must name a consultant that was proposed. */
public class ConsultantNotProposedException extends RuntimeException {

	ConsultantNotProposedException() {
		super("Consultant was not proposed", null, false, false);
	}

}
