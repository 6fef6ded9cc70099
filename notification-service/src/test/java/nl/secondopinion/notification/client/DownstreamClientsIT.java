package nl.secondopinion.notification.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.secondopinion.notification.delivery.ChannelSender;
import nl.secondopinion.notification.delivery.Contact;
import nl.secondopinion.notification.delivery.DeliveryFailedException;
import nl.secondopinion.notification.delivery.DeliveryFailedException.Outcome;
import nl.secondopinion.notification.delivery.Directory;
import nl.secondopinion.notification.delivery.DirectoryUnavailableException;
import nl.secondopinion.notification.event.RecipientGroup;
import nl.secondopinion.notification.preference.Channel;
import nl.secondopinion.notification.support.DemoRealm;
import nl.secondopinion.notification.template.Message;
import nl.secondopinion.testing.EmbeddedMongo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Keycloak admin and SMS provider clients against WireMock, without the workers. */
@SpringBootTest
class DownstreamClientsIT {

	private static final WireMockServer wiremock = new WireMockServer(options().dynamicPort());

	static {
		wiremock.start();
	}

	@DynamicPropertySource
	static void downstream(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("notification-clients"));
		registry.add("keycloak.url", wiremock::baseUrl);
		registry.add("secondopinion.notification.sms.url", () -> wiremock.baseUrl() + "/sms");
		registry.add("secondopinion.notification.delivery.enabled", () -> "false");
		registry.add("secondopinion.notification.keycloak.read-timeout", () -> "500ms");
		registry.add("secondopinion.notification.sms.read-timeout", () -> "500ms");
	}

	@AfterAll
	static void stop() {
		wiremock.stop();
	}

	@Autowired
	Directory directory;

	@Autowired
	List<ChannelSender> senders;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	@BeforeEach
	void fresh() {
		wiremock.resetAll();
		DemoRealm.stub(wiremock);
		this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		this.authorizedClients.removeAuthorizedClient("notification-service", "anonymousUser");
	}

	private ChannelSender sms() {
		return this.senders.stream().filter((s) -> s.channel() == Channel.SMS).findFirst().orElseThrow();
	}

	private static String unknownUser() {
		return java.util.UUID.randomUUID().toString();
	}

	@Nested
	class KeycloakAdmin {

		@Test
		void contactDetailsAreReadWithTheServiceAccountsToken() {
			Contact contact = directory.contact(DemoRealm.BRAM.id()).orElseThrow();

			assertThat(contact.email()).isEqualTo("bram@secondopinion.example");
			assertThat(contact.phone()).isEqualTo("+31612345002");
			assertThat(contact.locale()).isEqualTo("en");
			String basic = Base64.getEncoder()
				.encodeToString(
						"notification-service:notification-service-dev-secret".getBytes(StandardCharsets.UTF_8));
			wiremock.verify(postRequestedFor(urlEqualTo(DemoRealm.TOKEN_PATH))
				.withHeader("Authorization", equalTo("Basic " + basic))
				.withRequestBody(containing("grant_type=client_credentials")));
			wiremock.verify(getRequestedFor(urlPathEqualTo(DemoRealm.ADMIN + "/users/" + DemoRealm.BRAM.id()))
				.withHeader("Authorization", equalTo("Bearer admin-token")));
		}

		@Test
		void contactDetailsAreCachedBriefly() {
			directory.contact(DemoRealm.CARLA.id());
			directory.contact(DemoRealm.CARLA.id());
			directory.contact(DemoRealm.CARLA.id());

			wiremock.verify(1, getRequestedFor(urlPathEqualTo(DemoRealm.ADMIN + "/users/" + DemoRealm.CARLA.id())));
		}

		@Test
		void anUnknownUserIsEmptyAndDoesNotCountAgainstKeycloak() {
			for (int i = 0; i < 6; i++) {
				assertThat(directory.contact(unknownUser())).isEmpty();
			}

			assertThat(breakers.circuitBreaker("keycloak-admin").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		}

		@Test
		void serverErrorsTimeoutsAndDroppedConnectionsMeanUnavailableNotUnknown() {
			wiremock.stubFor(get(urlPathMatching(DemoRealm.ADMIN + "/users/.*")).atPriority(1)
				.willReturn(aResponse().withStatus(500)));
			assertThatThrownBy(() -> directory.contact(unknownUser()))
				.isInstanceOf(DirectoryUnavailableException.class);

			wiremock.stubFor(get(urlPathMatching(DemoRealm.ADMIN + "/users/.*")).atPriority(1)
				.willReturn(okJson("{}").withFixedDelay(1500)));
			assertThatThrownBy(() -> directory.contact(unknownUser()))
				.isInstanceOf(DirectoryUnavailableException.class);

			wiremock.stubFor(get(urlPathMatching(DemoRealm.ADMIN + "/users/.*")).atPriority(1)
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
			assertThatThrownBy(() -> directory.contact(unknownUser()))
				.isInstanceOf(DirectoryUnavailableException.class);
		}

		@Test
		void withoutATokenKeycloakIsUnavailable() {
			wiremock
				.stubFor(post(urlEqualTo(DemoRealm.TOKEN_PATH)).atPriority(1).willReturn(aResponse().withStatus(503)));

			assertThatThrownBy(() -> directory.contact(unknownUser()))
				.isInstanceOf(DirectoryUnavailableException.class);
			wiremock.verify(0, getRequestedFor(urlPathMatching(DemoRealm.ADMIN + "/users/.*")));
		}

		@Test
		void afterFiveFailuresTheBreakerOpensAndKeycloakIsLeftAlone() {
			wiremock.stubFor(get(urlPathMatching(DemoRealm.ADMIN + "/users/.*")).atPriority(1)
				.willReturn(aResponse().withStatus(503)));

			for (int i = 0; i < 7; i++) {
				assertThatThrownBy(() -> directory.contact(unknownUser()))
					.isInstanceOf(DirectoryUnavailableException.class);
			}

			assertThat(breakers.circuitBreaker("keycloak-admin").getState()).isEqualTo(CircuitBreaker.State.OPEN);
			wiremock.verify(5, getRequestedFor(urlPathMatching(DemoRealm.ADMIN + "/users/.*")));
		}

		@Test
		void groupMembersAreTheRolesUsersWithTheAttribute() {
			assertThat(directory.members(RecipientGroup.intakeCoordinators("UMC Zuid")))
				.containsExactly(DemoRealm.INTAKE.id());
			assertThat(directory.members(RecipientGroup.insurerMediators("9664")))
				.containsExactly(DemoRealm.MEDIATOR_CZ.id());
			assertThat(directory.members(RecipientGroup.intakeCoordinators("Ziekenhuis Noord"))).isEmpty();
		}

		@Test
		void theMembersOfAGroupArriveWithTheirContactDetails() {
			assertThat(directory.members(RecipientGroup.insurerMediators("3311")))
				.containsExactly(DemoRealm.MEDIATOR_ZK.id());

			Contact contact = directory.contact(DemoRealm.MEDIATOR_ZK.id()).orElseThrow();

			assertThat(contact.email()).isEqualTo("mediator.zk@secondopinion.example");
			assertThat(contact.locale()).isEqualTo("nl");
			wiremock.verify(0,
					getRequestedFor(urlPathEqualTo(DemoRealm.ADMIN + "/users/" + DemoRealm.MEDIATOR_ZK.id())));
		}

		@Test
		void aUserIsFoundByExactUserNameWithTheServiceTokenAndCached() {
			assertThat(directory.members(RecipientGroup.user("dr.bakker"))).containsExactly(DemoRealm.BAKKER.id());
			assertThat(directory.members(RecipientGroup.user("dr.bakker"))).containsExactly(DemoRealm.BAKKER.id());

			wiremock.verify(1,
					getRequestedFor(urlPathEqualTo(DemoRealm.ADMIN + "/users"))
						.withQueryParam("username", equalTo("dr.bakker"))
						.withQueryParam("exact", equalTo("true"))
						.withHeader("Authorization", equalTo("Bearer admin-token")));
		}

		@Test
		void aClinicianIsFoundByTheAgbAttributeAndCached() {
			assertThat(directory.members(RecipientGroup.clinician("01000002"))).containsExactly(DemoRealm.VISSER.id());
			assertThat(directory.members(RecipientGroup.clinician("01000002"))).containsExactly(DemoRealm.VISSER.id());

			wiremock.verify(1,
					getRequestedFor(urlPathEqualTo(DemoRealm.ADMIN + "/users"))
						.withQueryParam("q", equalTo("agb:01000002"))
						.withHeader("Authorization", equalTo("Bearer admin-token")));
		}

		@Test
		void anUnknownUserNameOrAgbIsNobodyAndSoIsALooserMatchThanAsked() {
			assertThat(directory.members(RecipientGroup.user("nobody.here"))).isEmpty();
			assertThat(directory.members(RecipientGroup.clinician("09999999"))).isEmpty();

			// A search that answers more than was asked adds nobody.
			wiremock.stubFor(get(urlPathEqualTo(DemoRealm.ADMIN + "/users")).atPriority(1)
				.withQueryParam("username", equalTo("ann"))
				.willReturn(okJson("[" + DemoRealm.json(DemoRealm.ANNA) + "]")));
			wiremock.stubFor(get(urlPathEqualTo(DemoRealm.ADMIN + "/users")).atPriority(1)
				.withQueryParam("q", equalTo("agb:01000003"))
				.willReturn(okJson("[" + DemoRealm.json(DemoRealm.BAKKER) + "]")));
			assertThat(directory.members(RecipientGroup.user("ann"))).isEmpty();
			assertThat(directory.members(RecipientGroup.clinician("01000003"))).isEmpty();
			assertThat(breakers.circuitBreaker("keycloak-admin").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		}

		@Test
		void aBriefSearchAnswerIsCompletedPerUserAndAUserDeletedInBetweenIsLeftOut() {
			wiremock.stubFor(get(urlPathEqualTo(DemoRealm.ADMIN + "/users")).atPriority(1)
				.withQueryParam("q", equalTo("agb:01000004"))
				.willReturn(okJson("[{\"id\": \"%s\", \"enabled\": true}, {\"id\": \"%s\", \"enabled\": true}]"
					.formatted(DemoRealm.BAKKER.id(), unknownUser()))));
			wiremock.stubFor(get(urlPathEqualTo(DemoRealm.ADMIN + "/users/" + DemoRealm.BAKKER.id())).atPriority(1)
				.willReturn(okJson(DemoRealm.json(DemoRealm.BAKKER).replace("01000001", "01000004"))));

			assertThat(directory.members(RecipientGroup.clinician("01000004"))).containsExactly(DemoRealm.BAKKER.id());
		}

		@Test
		void userSearchesWhileKeycloakIsDownAreUnavailableAndNotCached() {
			wiremock.stubFor(get(urlPathEqualTo(DemoRealm.ADMIN + "/users")).atPriority(1)
				.willReturn(aResponse().withStatus(503)));

			assertThatThrownBy(() -> directory.members(RecipientGroup.user("carla")))
				.isInstanceOf(DirectoryUnavailableException.class);
			assertThatThrownBy(() -> directory.members(RecipientGroup.clinician("01000001")))
				.isInstanceOf(DirectoryUnavailableException.class);

			wiremock.resetAll();
			DemoRealm.stub(wiremock);
			assertThat(directory.members(RecipientGroup.user("carla"))).containsExactly(DemoRealm.CARLA.id());
			assertThat(directory.members(RecipientGroup.clinician("01000001"))).containsExactly(DemoRealm.BAKKER.id());
		}

	}

	@Nested
	class SmsProvider {

		@Test
		void aMessageIsPostedWithTheApiKeyAndReferenceAndNoPlatformToken() {
			wiremock.stubFor(post(urlEqualTo("/sms/messages")).willReturn(aResponse().withStatus(202)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\": \"sms-9\", \"status\": \"ACCEPTED\"}")));

			sms().send("+31612345002", new Message("", "Second Opinion: a new message is waiting for you."), "d-1",
					() -> {
					});

			wiremock.verify(
					postRequestedFor(urlEqualTo("/sms/messages")).withHeader("X-Api-Key", equalTo("sandbox-dev-key"))
						.withoutHeader("Authorization")
						.withRequestBody(equalToJson("""
								{"to": "+31612345002", "from": "SecondOpin",
								 "text": "Second Opinion: a new message is waiting for you.", "reference": "d-1"}""")));
		}

		@Test
		void aRefusedMessageIsPermanentAndDoesNotCountAgainstTheProvider() {
			wiremock.stubFor(post(urlEqualTo("/sms/messages")).willReturn(aResponse().withStatus(422)));

			for (int i = 0; i < 6; i++) {
				assertThatThrownBy(() -> sms().send("+3100", new Message("", "x"), "d-2", () -> {
				})).isInstanceOfSatisfying(DeliveryFailedException.class,
						(ex) -> assertThat(ex.outcome()).isEqualTo(Outcome.REJECTED));
			}
			assertThat(breakers.circuitBreaker("sms-provider").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		}

		@Test
		void serverErrorsAreRetriedTimeoutsAreInDoubtAndBothOpenTheBreaker() {
			wiremock.stubFor(post(urlEqualTo("/sms/messages")).willReturn(aResponse().withStatus(502)));
			assertThatThrownBy(() -> sms().send("+31612345002", new Message("", "x"), "d-3", () -> {
			})).isInstanceOfSatisfying(DeliveryFailedException.class,
					(ex) -> assertThat(ex.outcome()).isEqualTo(Outcome.RETRY));
			wiremock.stubFor(post(urlEqualTo("/sms/messages")).willReturn(okJson("{}").withFixedDelay(1500)));
			assertThatThrownBy(() -> sms().send("+31612345002", new Message("", "x"), "d-4", () -> {
			})).isInstanceOfSatisfying(DeliveryFailedException.class,
					(ex) -> assertThat(ex.outcome()).isEqualTo(Outcome.IN_DOUBT));

			wiremock.stubFor(post(urlEqualTo("/sms/messages")).willReturn(aResponse().withStatus(500)));
			for (int i = 0; i < 6; i++) {
				assertThatThrownBy(() -> sms().send("+31612345002", new Message("", "x"), "d-5", () -> {
				})).isInstanceOf(DeliveryFailedException.class);
			}
			assertThat(breakers.circuitBreaker("sms-provider").getState()).isEqualTo(CircuitBreaker.State.OPEN);
			wiremock.verify(5, postRequestedFor(urlEqualTo("/sms/messages")));
			assertThatThrownBy(() -> sms().send("+31612345002", new Message("", "x"), "d-6", () -> {
			})).as("an open breaker sends nothing: retried later")
				.isInstanceOfSatisfying(DeliveryFailedException.class,
						(ex) -> assertThat(ex.outcome()).isEqualTo(Outcome.RETRY));
			wiremock.verify(5, postRequestedFor(urlEqualTo("/sms/messages")));
		}

	}

}
