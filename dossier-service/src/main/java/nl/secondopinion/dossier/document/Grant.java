package nl.secondopinion.dossier.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * The patient's permission for one consultant to see the dossier, until the end of
 * {@code validUntil} (UTC) unless revoked earlier.
 */
public record Grant(String id, String consultantId, LocalDate validUntil, String grantedBy, Instant grantedAt,
		@Nullable Instant revokedAt, @Nullable String revokedBy) {

	public boolean validAt(Instant now) {
		return this.revokedAt == null
				&& now.isBefore(this.validUntil.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	Grant revoke(String by, Instant at) {
		return new Grant(this.id, this.consultantId, this.validUntil, this.grantedBy, this.grantedAt, at, by);
	}

}
