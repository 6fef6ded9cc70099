package nl.secondopinion.support.correlation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.MDC;

/**
 * Runs each task with the logging context (above all the correlation id) of the thread
 * that handed it in, and leaves the worker thread without it afterwards. Circuit breakers
 * run calls on such workers, where the Feign interceptor reads the id to forward it.
 */
public final class CorrelatedExecutorService extends AbstractExecutorService {

	private final ExecutorService delegate;

	public CorrelatedExecutorService(ExecutorService delegate) {
		this.delegate = delegate;
	}

	@Override
	public void execute(Runnable task) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		this.delegate.execute(() -> {
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
				MDC.clear();
			}
		});
	}

	@Override
	public void shutdown() {
		this.delegate.shutdown();
	}

	@Override
	public List<Runnable> shutdownNow() {
		return this.delegate.shutdownNow();
	}

	@Override
	public boolean isShutdown() {
		return this.delegate.isShutdown();
	}

	@Override
	public boolean isTerminated() {
		return this.delegate.isTerminated();
	}

	@Override
	public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
		return this.delegate.awaitTermination(timeout, unit);
	}

}
