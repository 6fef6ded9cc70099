package nl.secondopinion.notification.client.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

@JsonIgnoreProperties(ignoreUnknown = true)
record SmsAnswer(@Nullable String id, @Nullable String status) {

}
