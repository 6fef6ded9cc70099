package nl.secondopinion.dossier.document.web;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.secondopinion.dossier.document.AdditionalItemRefusedException;
import nl.secondopinion.dossier.document.DocumentType;
import nl.secondopinion.dossier.document.GrantRefusedException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * The problem answers of the dossier's domain refusals: one slug and one human sentence
 * per reason. Runs before the platform's catch-all advice.
 */
@RestControllerAdvice(assignableTypes = { GrantController.class, AdditionalItemController.class,
		DocumentController.class, UploadController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class DossierProblems {

	@ExceptionHandler(GrantRefusedException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail grantRefused(GrantRefusedException refused) {
		return switch (refused.reason()) {
			case END_DATE_PASSED -> unprocessable("invalid-grant", "Invalid grant", "The end date lies in the past.");
			case CASE_CLOSED -> unprocessable("case-closed", "Request closed",
					"This request has been closed, withdrawn or cancelled: no consultant can be given access any "
							+ "more.");
			case NO_CONSULTANT_ASSIGNED -> unprocessable("no-consultant-assigned", "No consultant assigned",
					"No consultant has been assigned to this request yet. You can give access once one is.");
			case NOT_ASSIGNED_CONSULTANT -> unprocessable("not-assigned-consultant", "Not the assigned consultant",
					"Access can only be given to the consultant assigned to this request: use the consultant id "
							+ "the request shows.");
			case CONSULTANT_WITHOUT_ACCOUNT -> unprocessable("consultant-without-account", "Consultant without account",
					"The assigned consultant has no account on the platform yet, so access cannot be given now. "
							+ "Please try again later.");
		};
	}

	@ExceptionHandler(AdditionalItemRefusedException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ProblemDetail itemRefused(AdditionalItemRefusedException refused) {
		return switch (refused.reason()) {
			case INVALID_TITLE -> unprocessable("invalid-item-title", "Invalid title",
					"Describe the item in 1 to 200 characters of plain text, without line breaks or markup.");
			case DUE_DATE_PASSED ->
				unprocessable("invalid-due-date", "Invalid due date", "The due date lies in the past.");
			case HOLDER_NOT_NAMED -> unprocessable("holder-not-named", "Holder not named",
					"The request names no such doctor, so nobody would receive the question. Ask the patient, "
							+ "or the doctor the request names.");
			case UNKNOWN_ITEM -> unprocessable("unknown-checklist-item", "Unknown checklist item",
					"The checklist item named (field 'checklistItem') is not an open additional item of this "
							+ "dossier. Leave the field out, or use the item code the checklist shows.");
			case TYPE_DIFFERS -> unprocessable("checklist-item-type-differs", "Checklist item of another type",
					"This checklist item asks for a document of type " + typeName(refused.expectedType())
							+ ": upload it with that type.");
		};
	}

	private static String typeName(@Nullable DocumentType type) {
		return (type != null) ? type.name() : "another type";
	}

	private static ProblemDetail unprocessable(String slug, String title, String detail) {
		return ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, detail);
	}

}
