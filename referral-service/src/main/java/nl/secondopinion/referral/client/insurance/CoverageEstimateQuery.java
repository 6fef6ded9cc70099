package nl.secondopinion.referral.client.insurance;

/** The body insurance-service expects on {@code POST /internal/coverage-estimates}. */
record CoverageEstimateQuery(String insurerUzovi, String referralStatus) {

}
