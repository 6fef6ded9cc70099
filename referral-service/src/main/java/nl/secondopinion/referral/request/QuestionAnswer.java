package nl.secondopinion.referral.request;

/** The consultant's answer to one of the questions the second opinion was asked. */
public record QuestionAnswer(AskedQuestion question, String answer) {

}
