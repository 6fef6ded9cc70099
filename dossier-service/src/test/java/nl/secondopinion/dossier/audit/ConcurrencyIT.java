package nl.secondopinion.dossier.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import nl.secondopinion.dossier.Downstream;
import nl.secondopinion.dossier.Multipart;
import nl.secondopinion.dossier.ReferralStub;
import nl.secondopinion.dossier.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Many writers on one dossier at once: no upload is lost (optimistic locking with retry)
 * and the access log stays one unbroken chain (unique sequence per dossier).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrencyIT {

	private static final int WRITERS = 8;

	@RegisterExtension
	static final Downstream wiremock = new Downstream();

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		wiremock.register(registry, "dossier-concurrency-it");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessLog accessLog;

	@Test
	void concurrentUploadsAreAllKeptAndTheChainDoesNotFork() throws Exception {
		String requestId = UUID.randomUUID().toString();
		ReferralStub.tokenEndpoint(wiremock);
		ReferralStub.context(wiremock, new ReferralStub.Case(requestId));
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		List<Callable<Integer>> uploads = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			byte[] content = ("lab result " + i + "\n").getBytes(StandardCharsets.UTF_8);
			uploads.add(() -> this.mvc
				.perform(post("/api/dossiers/{id}/documents", requestId).with(Users.anna())
					.contentType(Multipart.formContentType())
					.content(Multipart.upload(Multipart.fields("type", "LAB_RESULTS"), "lab.txt", content)))
				.andReturn()
				.getResponse()
				.getStatus());
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : pool.invokeAll(uploads)) {
			statuses.add(result.get());
		}
		pool.shutdown();

		assertThat(statuses).containsOnly(201);
		this.mvc.perform(get("/api/dossiers/{id}/documents", requestId).with(Users.anna()))
			.andExpect(jsonPath("$.length()").value(WRITERS));
		ChainVerification chain = this.accessLog.verify(requestId);
		assertThat(chain.intact()).isTrue();
		assertThat(this.accessLog.entries(requestId)).extracting(AccessLogEntry::seq)
			.containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, WRITERS + 1).boxed().toList());
	}

}
