package nl.secondopinion.support.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import nl.secondopinion.support.problem.ProblemJson;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * Answers 401 and 403 as problem details. The detail stays generic on purpose: why a
 * token was refused (expired, wrong audience, bad signature) helps an attacker more than
 * a user.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		ProblemJson.write(response, ProblemTypes.problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
				"Authentication required", "Sign in and send a valid access token for this service."));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		ProblemJson.write(response, ProblemTypes.problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
				"Your role does not allow this action."));
	}

}
