package nl.secondopinion.insurance.client.notification;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@FeignClient(name = "notification-service", url = "${secondopinion.insurance.notification.url}",
		configuration = NotificationClientConfiguration.class, fallbackFactory = NotificationFallbackFactory.class)
interface NotificationClient {

	/**
	 * @param event an {@link EventMessage} as JSON: written once by the sender, so a dead
	 * event is replayed exactly as it was sent
	 */
	@PostMapping(path = "/internal/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	void publish(@RequestBody String event);

}
