package nl.secondopinion.insurance.client;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on the Feign clients of this service. What they share (a breaker per downstream
 * service, call threads that keep the correlation id) comes from platform-support.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients
class ClientConfiguration {

}
