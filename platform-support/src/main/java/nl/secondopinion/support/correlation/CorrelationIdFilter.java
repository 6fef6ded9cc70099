package nl.secondopinion.support.correlation;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the correlation id the gateway set (or makes one for direct calls), puts it in
 * the logging context and echoes it, so a user-visible error can be traced in every log.
 * Each answered request leaves one access line with the id; the query string stays out of
 * it, since search terms may be personal.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

	private static final Logger accessLog = LoggerFactory.getLogger("nl.secondopinion.access");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = CorrelationId.acceptOrGenerate(request.getHeader(CorrelationId.HEADER));
		MDC.put(CorrelationId.MDC_KEY, id);
		response.setHeader(CorrelationId.HEADER, id);
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			logAccess(request, response, started);
			MDC.remove(CorrelationId.MDC_KEY);
		}
	}

	private static void logAccess(HttpServletRequest request, HttpServletResponse response, long started) {
		// Probes run every few seconds and would bury the requests that matter.
		if (request.getRequestURI().startsWith("/actuator/") || !accessLog.isInfoEnabled()) {
			return;
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		accessLog.info("{} {} answered {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
				millis);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// The error dispatch renders the problem body and must still see the id.
		return false;
	}

}
