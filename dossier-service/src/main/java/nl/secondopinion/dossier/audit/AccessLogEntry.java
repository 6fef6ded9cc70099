package nl.secondopinion.dossier.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One append-only access log entry. {@code seq} counts per dossier from 1; {@code hash}
 * covers every field and the previous entry's hash, so changing, removing or inserting an
 * entry breaks the chain.
 */
@Document("access_log")
@CompoundIndex(name = "chain", def = "{'requestId': 1, 'seq': 1}", unique = true)
public record AccessLogEntry(@Id String eventId, String requestId, long seq, AuditAction action, AuditOutcome outcome,
		Instant at, String userId, String username, String userRole, @Nullable String organisation,
		@Nullable String onBehalfOf, @Nullable String patientId, @Nullable String documentId, String purpose,
		@Nullable String sourceAddress, @Nullable String correlationId, String previousHash, String hash) {

	static final String GENESIS = "0".repeat(64);

	static String hashOf(String eventId, String requestId, long seq, AuditAction action, AuditOutcome outcome,
			Instant at, AuditEvent e, String previousHash) {
		StringBuilder canonical = new StringBuilder();
		for (Object field : new Object[] { previousHash, seq, eventId, requestId, action, outcome, at, e.userId(),
				e.username(), e.userRole(), e.organisation(), e.onBehalfOf(), e.patientId(), e.documentId(),
				e.purpose(), e.sourceAddress(), e.correlationId() }) {
			String text = (field != null) ? field.toString() : "\u2400";
			// Length-prefixed, so no two different entries share a canonical form.
			canonical.append(text.length()).append(':').append(text).append('|');
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	AuditEvent event() {
		return new AuditEvent(this.requestId, this.action, this.outcome, this.userId, this.username, this.userRole,
				this.organisation, this.onBehalfOf, this.patientId, this.documentId, this.purpose, this.sourceAddress,
				this.correlationId);
	}

	boolean hashMatches() {
		return this.hash.equals(hashOf(this.eventId, this.requestId, this.seq, this.action, this.outcome, this.at,
				event(), this.previousHash));
	}

}
