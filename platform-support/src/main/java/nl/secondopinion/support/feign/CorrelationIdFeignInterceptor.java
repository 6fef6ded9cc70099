package nl.secondopinion.support.feign;

import feign.RequestInterceptor;
import feign.RequestTemplate;

import nl.secondopinion.support.correlation.CorrelationId;

/** Forwards the current correlation id on service-to-service calls. */
public class CorrelationIdFeignInterceptor implements RequestInterceptor {

	@Override
	public void apply(RequestTemplate template) {
		CorrelationId.current().ifPresent((id) -> template.header(CorrelationId.HEADER, id));
	}

}
