package nl.secondopinion.dossier.document.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * tus asks for {@code Tus-Resumable} on every answer about an upload, the refusals of
 * security and the problem answers included: set before anything else runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TusResumableHeader extends OncePerRequestFilter {

	private static final Pattern UPLOADS = Pattern.compile("^/api/dossiers/[^/]+/uploads(/[^/]+)?/?$");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !UPLOADS.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(UploadController.TUS_RESUMABLE, UploadController.TUS_VERSION);
		chain.doFilter(request, response);
	}

}
