package nl.secondopinion.dossier.storage;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param masterKey base64 of 32 random bytes (AES-256); wraps every dossier's data key.
 * Comes from {@code DOSSIER_MASTER_KEY}; the default in application.yml is for the local
 * stack only and is logged as such at startup
 * @param devMasterKey the well-known development key, recognised so it can be warned
 * about
 */
@Validated
@ConfigurationProperties("secondopinion.dossier.encryption")
record EncryptionProperties(@NotBlank String masterKey, String devMasterKey) {

}
