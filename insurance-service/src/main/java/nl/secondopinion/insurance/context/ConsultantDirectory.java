package nl.secondopinion.insurance.context;

import java.util.List;

/** referral-service's consultant directory, sorted by waiting time. */
public interface ConsultantDirectory {

	List<Consultant> bySpecialty(String specialty);

}
