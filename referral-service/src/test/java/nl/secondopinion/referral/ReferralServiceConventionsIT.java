package nl.secondopinion.referral;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.secondopinion.testing.EmbeddedMongo;
import nl.secondopinion.testing.ServiceConventions;

@SpringBootTest
@AutoConfigureMockMvc
class ReferralServiceConventionsIT extends ServiceConventions {

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("referral-conventions-it"));
	}

}
