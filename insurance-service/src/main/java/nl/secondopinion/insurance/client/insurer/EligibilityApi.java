package nl.secondopinion.insurance.client.insurer;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/**
 * An insurer's eligibility service. One Feign client per insurer is built from
 * {@link InsurerEndpoints}, each with its own URL, credentials and timeouts.
 */
interface EligibilityApi {

	@RequestLine("GET /insurers/{uzovi}/eligibility?bsn={bsn}&date={date}")
	@Headers("Accept: application/json")
	EligibilityAnswer eligibility(@Param("uzovi") String uzovi, @Param("bsn") String bsn, @Param("date") String date);

}
