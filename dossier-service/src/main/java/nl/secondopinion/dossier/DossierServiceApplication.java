package nl.secondopinion.dossier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DossierServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(DossierServiceApplication.class, args);
	}

}
