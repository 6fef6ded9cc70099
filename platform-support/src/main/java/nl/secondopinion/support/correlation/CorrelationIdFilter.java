package nl.secondopinion.support.correlation;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the correlation id the gateway set (or makes one for direct calls), puts it in
 * the logging context and echoes it, so a user-visible error can be traced in every log.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = CorrelationId.acceptOrGenerate(request.getHeader(CorrelationId.HEADER));
		MDC.put(CorrelationId.MDC_KEY, id);
		response.setHeader(CorrelationId.HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(CorrelationId.MDC_KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// The error dispatch renders the problem body and must still see the id.
		return false;
	}

}
