package nl.secondopinion.support.correlation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelatedExecutorServiceTest {

	private final CorrelatedExecutorService pool = new CorrelatedExecutorService(Executors.newSingleThreadExecutor());

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
		MDC.clear();
	}

	@Test
	void theCallersCorrelationIdIsVisibleOnTheWorker() throws Exception {
		MDC.put("correlationId", "corr-from-caller");

		String seen = CompletableFuture.supplyAsync(() -> MDC.get("correlationId"), this.pool).get();

		assertThat(seen).isEqualTo("corr-from-caller");
	}

	@Test
	void theWorkerForgetsTheCallersContextAfterTheTask() throws Exception {
		MDC.put("correlationId", "corr-from-caller");
		CompletableFuture.runAsync(() -> {
		}, this.pool).get();
		MDC.clear();

		String afterwards = CompletableFuture.supplyAsync(() -> MDC.get("correlationId"), this.pool).get();

		assertThat(afterwards).isNull();
	}

	@Test
	void aCallerWithoutContextLeavesTheWorkerWithout() throws Exception {
		String seen = CompletableFuture.supplyAsync(() -> MDC.get("correlationId"), this.pool).get();

		assertThat(seen).isNull();
	}

}
