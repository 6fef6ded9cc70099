package nl.secondopinion.insurance.insurer;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The insurers the platform can check coverage with, from configuration. */
@Validated
@ConfigurationProperties("secondopinion.insurance")
public record InsurerCatalog(List<@Valid Insurer> insurers) {

	public InsurerCatalog {
		insurers = List.copyOf(insurers);
	}

	public Optional<Insurer> find(String uzovi) {
		return this.insurers.stream().filter((insurer) -> insurer.uzovi().equals(uzovi)).findFirst();
	}

}
