package nl.secondopinion.insurance.coverage;

/** One reason behind a decision, in both languages, with where its fact came from. */
public record Reason(String code, String nl, String en, Source source) {

}
