package nl.secondopinion.dossier.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.dossier.access.CaseContext;
import nl.secondopinion.support.time.PlatformDay;

/**
 * The patient's permission for the case's assigned consultant to see the dossier, until
 * the end of {@code validUntil} (a Dutch day, see PlatformDay) unless revoked earlier.
 *
 * @param consultantId the consultant's directory id, as the request shows it
 * @param consultantUserId the consultant's platform account, which access is checked
 * against; null in grants stored before it was recorded, whose {@code consultantId} was
 * the user id
 */
public record Grant(String id, String consultantId, @Nullable String consultantUserId, LocalDate validUntil,
		String grantedBy, Instant grantedAt, @Nullable Instant revokedAt, @Nullable String revokedBy) {

	/**
	 * A grant to the assigned consultant of the case; refused (nothing made) for anyone
	 * else, without an assigned consultant with an account, on a case that ended, or with
	 * an end date in the past.
	 */
	static Grant issue(CaseContext context, String consultantId, LocalDate validUntil, String by, Instant now) {
		if (validUntil.isBefore(PlatformDay.of(now))) {
			throw new GrantRefusedException(GrantRefusedException.Reason.END_DATE_PASSED);
		}
		if (context.isFinal()) {
			throw new GrantRefusedException(GrantRefusedException.Reason.CASE_CLOSED);
		}
		CaseContext.Consultant assigned = context.assignedConsultant();
		if (assigned == null || assigned.consultantId() == null) {
			throw new GrantRefusedException(GrantRefusedException.Reason.NO_CONSULTANT_ASSIGNED);
		}
		if (!assigned.consultantId().equals(consultantId.strip())) {
			throw new GrantRefusedException(GrantRefusedException.Reason.NOT_ASSIGNED_CONSULTANT);
		}
		if (assigned.userId() == null) {
			throw new GrantRefusedException(GrantRefusedException.Reason.CONSULTANT_WITHOUT_ACCOUNT);
		}
		return new Grant(UUID.randomUUID().toString(), assigned.consultantId(), assigned.userId(), validUntil, by, now,
				null, null);
	}

	/** The platform account this grant lets in. */
	public String userId() {
		return (this.consultantUserId != null) ? this.consultantUserId : this.consultantId;
	}

	public boolean validAt(Instant now) {
		return this.revokedAt == null && now.isBefore(PlatformDay.endOf(this.validUntil));
	}

	Grant revoke(String by, Instant at) {
		return new Grant(this.id, this.consultantId, this.consultantUserId, this.validUntil, this.grantedBy,
				this.grantedAt, at, by);
	}

}
