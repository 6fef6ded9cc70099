package nl.secondopinion.dossier.document.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.secondopinion.dossier.document.AdditionalItem;
import nl.secondopinion.dossier.document.AdditionalItemService;
import nl.secondopinion.dossier.document.DocumentType;
import nl.secondopinion.dossier.document.Holder;
import nl.secondopinion.support.problem.ProblemException;
import nl.secondopinion.support.problem.ProblemTypes;

/**
 * The assigned consultant or the site's intake asks for an additional named item, which
 * joins the checklist as missing until a document names it.
 */
@RestController
@RequestMapping("/api/dossiers/{requestId}/checklist/additional-items")
class AdditionalItemController {

	private final AdditionalItemService items;

	AdditionalItemController(AdditionalItemService items) {
		this.items = items;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ItemResponse> ask(@PathVariable String requestId, @RequestBody ItemBody body,
			@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
		AdditionalItem item = this.items.ask(Callers.of(jwt, request), requestId, body.title(), holder(body.holder()),
				dueDate(body.dueDate()), documentType(body.documentType()));
		return ResponseEntity.status(HttpStatus.CREATED).body(ItemResponse.of(item));
	}

	/** {@code itemId} is the item's id or its code {@code ADDITIONAL:<id>}. */
	@DeleteMapping("/{itemId}")
	ResponseEntity<Void> withdraw(@PathVariable String requestId, @PathVariable String itemId,
			@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
		this.items.withdraw(Callers.of(jwt, request), requestId, itemId);
		return ResponseEntity.noContent().build();
	}

	private static Holder holder(@Nullable String value) {
		return parse(Holder.class, value).orElseThrow(() -> unprocessable("invalid-holder", "Invalid holder",
				"Say who must deliver the item: holder " + Arrays.toString(Holder.values()) + "."));
	}

	private static @Nullable DocumentType documentType(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return parse(DocumentType.class, value).orElseThrow(() -> unprocessable("invalid-document-type",
				"Invalid document type", "The document type the item asks for is one of "
						+ Arrays.toString(DocumentType.values()) + "; leave it out for any type."));
	}

	private static @Nullable LocalDate dueDate(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw unprocessable("invalid-due-date", "Invalid due date", "The due date must be a date like 2026-12-31.");
		}
	}

	private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		String name = value.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(name)).findFirst();
	}

	private static ProblemException unprocessable(String slug, String title, String detail) {
		return new ProblemException(ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, detail));
	}

	/**
	 * @param title what is asked for, 1 to 200 characters of plain text
	 * @param holder who must deliver it: PATIENT, TREATING_DOCTOR or GP
	 * @param dueDate optional, yyyy-mm-dd, not in the past
	 * @param documentType optional, the document type that answers the item (default
	 * OTHER)
	 */
	record ItemBody(@Nullable String title, @Nullable String holder, @Nullable String dueDate,
			@Nullable String documentType) {

	}

	/**
	 * @param item the code in the checklist and for the upload field
	 * {@code checklistItem}
	 */
	record ItemResponse(String id, String item, String title, String holder, String documentType,
			@Nullable LocalDate dueDate, Instant requestedAt, String requestedBy, String requestedByRole) {

		static ItemResponse of(AdditionalItem item) {
			return new ItemResponse(item.id(), item.code(), item.title(), item.holder().name(),
					item.documentType().name(), item.dueDate(), item.requestedAt(), item.requestedBy(),
					item.requestedByRole());
		}

	}

}
