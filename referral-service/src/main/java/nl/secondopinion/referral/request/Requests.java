package nl.secondopinion.referral.request;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The stored requests, in domain terms. */
@Component
class Requests {

	private final RequestDocuments documents;

	Requests(RequestDocuments documents) {
		this.documents = documents;
	}

	/**
	 * Inserts a new request or updates a loaded one; a concurrent change in between ends
	 * in an {@code OptimisticLockingFailureException} instead of a lost update.
	 */
	SecondOpinionRequest save(SecondOpinionRequest request) {
		return toDomain(this.documents.save(toDocument(request.snapshot())));
	}

	Optional<SecondOpinionRequest> findById(String id) {
		return this.documents.findById(id).map(Requests::toDomain);
	}

	List<SecondOpinionRequest> ownedBy(String ownerId) {
		return this.documents.findByOwnerIdOrderByCreatedAtDesc(ownerId).stream().map(Requests::toDomain).toList();
	}

	private static RequestDocument toDocument(SecondOpinionRequest.Snapshot request) {
		InsurerReference insurer = request.insurer();
		return new RequestDocument(request.id(), request.version(), request.owner().id(), request.owner().username(),
				request.status(), request.question().text(), request.reason(), request.specialty(),
				(insurer != null) ? new RequestDocument.Insurer(insurer.uzovi(), insurer.policyNumber()) : null,
				request.referralStatus(), request.createdAt(),
				request.timeline()
					.stream()
					.map((entry) -> new RequestDocument.Event(entry.at(), entry.by().id(), entry.by().username(),
							entry.what()))
					.toList());
	}

	private static SecondOpinionRequest toDomain(RequestDocument document) {
		RequestDocument.Insurer insurer = document.insurer();
		return SecondOpinionRequest.restore(new SecondOpinionRequest.Snapshot(document.id(), document.version(),
				new UserReference(document.ownerId(), document.ownerUsername()), document.status(),
				new Question(document.question()), document.reason(), document.specialty(),
				(insurer != null) ? new InsurerReference(insurer.uzovi(), insurer.policyNumber()) : null,
				document.referralStatus(), document.createdAt(),
				document.timeline()
					.stream()
					.map((event) -> new TimelineEntry(event.at(), new UserReference(event.byId(), event.byUsername()),
							event.what()))
					.toList()));
	}

}
