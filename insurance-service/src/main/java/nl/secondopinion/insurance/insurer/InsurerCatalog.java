package nl.secondopinion.insurance.insurer;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The insurers the platform can check coverage with, from configuration. */
@Validated
@ConfigurationProperties("secondopinion.insurance")
public record InsurerCatalog(List<@Valid Insurer> insurers) {

	public InsurerCatalog {
		insurers = List.copyOf(insurers);
	}

	public Optional<Insurer> find(@Nullable String uzovi) {
		return this.insurers.stream().filter((insurer) -> insurer.uzovi().equals(uzovi)).findFirst();
	}

	/**
	 * The insurer a request names.
	 * @throws InsurerMissingException when it names none
	 * @throws UnknownInsurerException when the platform does not know it
	 */
	public Insurer require(@Nullable String uzovi) {
		if (uzovi == null) {
			throw new InsurerMissingException();
		}
		return find(uzovi).orElseThrow(UnknownInsurerException::new);
	}

}
