package nl.secondopinion.dossier.client;

import java.util.Map;

import org.slf4j.MDC;

import org.springframework.core.task.TaskDecorator;

/**
 * Carries the caller's logging context (above all the correlation id) to the thread that
 * makes the downstream call, where the Feign interceptors read it.
 */
class MdcTaskDecorator implements TaskDecorator {

	@Override
	public Runnable decorate(Runnable task) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		return () -> {
			Map<String, String> previous = MDC.getCopyOfContextMap();
			if (context != null) {
				MDC.setContextMap(context);
			}
			else {
				MDC.clear();
			}
			try {
				task.run();
			}
			finally {
				if (previous != null) {
					MDC.setContextMap(previous);
				}
				else {
					MDC.clear();
				}
			}
		};
	}

}
