package nl.secondopinion.notification.client.sms;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@FeignClient(name = "sms-provider", url = "${secondopinion.notification.sms.url}",
		configuration = SmsClientConfiguration.class, fallbackFactory = SmsFallbackFactory.class)
interface SmsClient {

	@PostMapping(path = "/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	SmsAnswer send(@RequestBody SmsRequest request);

}
