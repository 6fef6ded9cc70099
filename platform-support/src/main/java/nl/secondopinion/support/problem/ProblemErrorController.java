package nl.secondopinion.support.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Boot's error page, which still answers in its own JSON format, for errors
 * raised outside Spring MVC (filters, the servlet container). It never includes the
 * exception message.
 */
@Controller
public class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = statusOf(request);
		String detail = status.is5xxServerError()
				? "Something went wrong on our side. Quote the correlation id when you contact support."
				: status.getReasonPhrase();
		ProblemJson.write(response,
				ProblemTypes.problem(status, ProblemTypes.slugFor(status), status.getReasonPhrase(), detail));
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null && status.isError()) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
