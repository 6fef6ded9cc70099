package nl.secondopinion.referral.consultant;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.secondopinion.testing.EmbeddedMongo;

import static org.assertj.core.api.Assertions.assertThat;

@DataMongoTest
@Import(ConsultantDirectory.class)
class ConsultantDirectoryIT {

	private static final String ID = "c0000000-0000-4000-8000-000000000099";

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("referral-consultants"));
	}

	@Autowired
	ConsultantDirectory directory;

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void empty() {
		this.mongo.remove(new Query(), Consultant.class);
	}

	@Test
	void seedDataNeverOverwritesWhatAnAdminChanged() {
		assertThat(this.directory.addIfAbsent(consultant(true))).isTrue();
		this.directory.save(consultant(false));

		assertThat(this.directory.addIfAbsent(consultant(true))).isFalse();
		assertThat(this.directory.get(ID).accepting()).isFalse();
	}

	private static Consultant consultant(boolean accepting) {
		return new Consultant(ID, null, "dr. T. Test", CareLevel.MEDICAL_SPECIALIST, "neurology", "UMC Zuid", null,
				accepting, 3, List.of("nl"), List.of(), List.of(), null);
	}

}
