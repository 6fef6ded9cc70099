package nl.secondopinion.dossier.audit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import nl.secondopinion.dossier.Downstream;
import nl.secondopinion.dossier.Multipart;
import nl.secondopinion.dossier.ReferralStub;
import nl.secondopinion.dossier.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No access log entry, no access: reads and uploads are refused while it cannot be
 * written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditFailureIT {

	@RegisterExtension
	static final Downstream wiremock = new Downstream();

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		wiremock.register(registry, "dossier-audit-failure-it");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@MockitoSpyBean
	AccessLog accessLog;

	private final String requestId = UUID.randomUUID().toString();

	@BeforeEach
	void stubs() {
		wiremock.resetAll();
		ReferralStub.tokenEndpoint(wiremock);
		ReferralStub.context(wiremock, new ReferralStub.Case(this.requestId));
		doCallRealMethod().when(this.accessLog).record(any());
	}

	@Test
	void aDownloadIsRefusedWhenItsEntryCannotBeWritten() throws Exception {
		String created = this.mvc
			.perform(post("/api/dossiers/{id}/documents", this.requestId).with(Users.anna())
				.contentType(Multipart.formContentType())
				.content(Multipart.upload(Multipart.fields("type", "LAB_RESULTS"), "lab.txt",
						"Hb 8.1 mmol/l\n".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String documentId = JsonPath.read(created, "$.id");
		doThrow(new AuditUnavailableException(new IllegalStateException("log down"))).when(this.accessLog)
			.record(any());

		this.mvc
			.perform(get("/api/dossiers/{id}/documents/{doc}/content", this.requestId, documentId).with(Users.anna()))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.type").value("https://secondopinion.nl/problems/audit-unavailable"))
			.andExpect(
					jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Hb"))));
		this.mvc.perform(get("/api/dossiers/{id}/documents", this.requestId).with(Users.anna()))
			.andExpect(status().isServiceUnavailable());
	}

	@Test
	void anUploadIsRefusedAndLeavesNoContentBehind() throws Exception {
		doThrow(new AuditUnavailableException(new IllegalStateException("log down"))).when(this.accessLog)
			.record(any());
		long before = this.mongo.getCollection("content.files").countDocuments();

		this.mvc
			.perform(post("/api/dossiers/{id}/documents", this.requestId).with(Users.anna())
				.contentType(Multipart.formContentType())
				.content(Multipart.upload(Multipart.fields("type", "LAB_RESULTS"), "lab.txt",
						"Hb 8.1 mmol/l\n".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isServiceUnavailable());

		assertThat(this.mongo.getCollection("content.files").countDocuments()).isEqualTo(before);
	}

}
