package nl.secondopinion.support.deadevent;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class DeadEventControllerTest {

	private final DeadEvents deadEvents = mock(DeadEvents.class);

	private final DeadEventSender sender = mock(DeadEventSender.class);

	private final DeadEventController controller = new DeadEventController(this.deadEvents, this.sender);

	@Test
	void whenTheCallerIsNoPlatformAdmin_thenRefusedEvenWithoutTheSecurityRule() {
		TestingAuthenticationToken patient = new TestingAuthenticationToken("anna", null, List.of());
		patient.setAuthenticated(true);
		TestingAuthenticationToken intake = new TestingAuthenticationToken("intake", null, "ROLE_intake-coordinator");

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.controller.list(0, 50, patient));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.controller.replay("e-1", intake));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.controller.list(0, 50, null));
		verifyNoInteractions(this.deadEvents, this.sender);
	}

}
