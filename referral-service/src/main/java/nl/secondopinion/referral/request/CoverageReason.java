package nl.secondopinion.referral.request;

/** One reason behind an estimate, in Dutch and English. */
public record CoverageReason(String code, String nl, String en) {

}
