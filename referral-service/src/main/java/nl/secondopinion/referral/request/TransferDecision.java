package nl.secondopinion.referral.request;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What the own doctor and the patient decided about a proposed transfer of care. */
public record TransferDecision(boolean accepted, @Nullable String note, UserReference decidedBy, Instant decidedAt) {

}
