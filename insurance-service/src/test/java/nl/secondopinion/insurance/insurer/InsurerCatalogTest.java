package nl.secondopinion.insurance.insurer;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InsurerCatalogTest {

	private static InsurerCatalog bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bind("secondopinion.insurance", InsurerCatalog.class)
			.get();
	}

	@Test
	void whenAnInsurerSaysNothingAboutASecondOpinionOnAGp_thenBasicInsuranceCoversItWithAGpReferral() {
		InsurerCatalog catalog = bind(Map.of("secondopinion.insurance.insurers[0].uzovi", "3311",
				"secondopinion.insurance.insurers[0].name", "Zilveren Kruis",
				"secondopinion.insurance.insurers[1].uzovi", "9664", "secondopinion.insurance.insurers[1].name", "CZ",
				"secondopinion.insurance.insurers[1].basic-covers-gp-second-opinion", "false"));

		assertThat(catalog.require("3311").basicCoversGpSecondOpinion()).isTrue();
		assertThat(catalog.require("9664").basicCoversGpSecondOpinion()).isFalse();
		assertThat(catalog.require("9664").secondOpinionPackages()).isEmpty();
	}

	@Test
	void whenARequestNamesNoOrAnUnknownInsurer_thenTheDomainSaysWhich() {
		InsurerCatalog catalog = bind(Map.of("secondopinion.insurance.insurers[0].uzovi", "3311",
				"secondopinion.insurance.insurers[0].name", "Zilveren Kruis"));

		assertThatThrownBy(() -> catalog.require(null)).isInstanceOf(InsurerMissingException.class);
		assertThatThrownBy(() -> catalog.require("1234")).isInstanceOf(UnknownInsurerException.class);
	}

}
