package nl.secondopinion.referral.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class MdcTaskDecoratorTest {

	private final ExecutorService pool = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
		MDC.clear();
	}

	@Test
	void theCallersCorrelationIdIsVisibleOnThePoolThread() throws Exception {
		MDC.put("correlationId", "corr-from-caller");
		Runnable task = new MdcTaskDecorator()
			.decorate(() -> assertThat(MDC.get("correlationId")).isEqualTo("corr-from-caller"));

		CompletableFuture.runAsync(task, this.pool).get();
	}

	@Test
	void thePoolThreadForgetsTheCallersContextAfterTheTask() throws Exception {
		MDC.put("correlationId", "corr-from-caller");
		CompletableFuture.runAsync(new MdcTaskDecorator().decorate(() -> {
		}), this.pool).get();

		String afterwards = CompletableFuture.supplyAsync(() -> MDC.get("correlationId"), this.pool).get();

		assertThat(afterwards).isNull();
	}

	@Test
	void aCallerWithoutContextLeavesThePoolThreadWithout() throws Exception {
		Runnable task = new MdcTaskDecorator().decorate(() -> assertThat(MDC.get("correlationId")).isNull());

		CompletableFuture.runAsync(task, this.pool).get();
	}

}
