package nl.secondopinion.referral.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.secondopinion.support.security.Role;

/** The stored requests: one document per request. */
@Component
class Requests {

	private static final String COLLECTION = "requests";

	private final MongoTemplate mongo;

	Requests(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Inserts a new request or updates a loaded one; a concurrent change in between ends
	 * in an {@code OptimisticLockingFailureException} instead of a lost update.
	 */
	SecondOpinionRequest save(SecondOpinionRequest request) {
		return this.mongo.save(request);
	}

	Optional<SecondOpinionRequest> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, SecondOpinionRequest.class));
	}

	/**
	 * Requests the caller might be related to, newest first. A wide net: the caller of
	 * this method still checks {@link RequestAccess} on each.
	 */
	List<SecondOpinionRequest> candidatesFor(Caller caller) {
		List<Criteria> any = new ArrayList<>();
		if (caller.has(Role.PATIENT)) {
			any.add(Criteria.where("patient.id").is(caller.id()));
			any.add(Criteria.where("patient.username").is(caller.username()));
		}
		if (caller.has(Role.REPRESENTATIVE)) {
			any.add(Criteria.where("representatives.id").is(caller.id()));
		}
		if (caller.has(Role.GP) || caller.has(Role.SPECIALIST)) {
			any.add(Criteria.where("referral.by.id").is(caller.id()));
			any.add(Criteria.where("treatingDoctor.userId").is(caller.id()));
			any.add(Criteria.where("generalPractitionerUserId").is(caller.id()));
			if (caller.agb() != null) {
				any.add(Criteria.where("treatingDoctor.agb").is(caller.agb()));
				any.add(Criteria.where("generalPractitioner.agb").is(caller.agb()));
			}
		}
		if (caller.has(Role.CONSULTANT)) {
			any.add(Criteria.where("consultant.userId").is(caller.id()));
		}
		if (caller.has(Role.INTAKE_COORDINATOR) && caller.institution() != null) {
			// Institutions compare without case or surrounding blanks
			// (Institutions.same).
			any.add(Criteria.where("consultant.institution")
				.regex("^\\s*" + Pattern.quote(caller.institution().strip()) + "\\s*$", "i"));
		}
		if (any.isEmpty()) {
			return List.of();
		}
		Query query = Query.query(new Criteria().orOperator(any)).with(Sort.by(Sort.Direction.DESC, "createdAt"));
		return this.mongo.find(query, SecondOpinionRequest.class);
	}

	/**
	 * The patient's requests other than {@code exceptId}, to recognise repeats; the one
	 * being submitted is already loaded.
	 */
	List<SecondOpinionRequest> otherRequestsOf(String patientId, String exceptId) {
		return this.mongo.find(Query.query(Criteria.where("patient.id").is(patientId).and("_id").ne(exceptId)),
				SecondOpinionRequest.class);
	}

	/**
	 * Requests whose records chase is due: sent, before the appointment, and never chased
	 * or due again by now.
	 */
	List<SecondOpinionRequest> chaseDue(Set<RequestStatus> statuses, Instant now, int limit) {
		Criteria due = new Criteria().orOperator(Criteria.where("recordsChase.nextRunAt").lte(now),
				Criteria.where("recordsChase.nextRunAt").is(null));
		return this.mongo.find(Query.query(Criteria.where("status").in(statuses).andOperator(due))
			.with(Sort.by(Sort.Direction.ASC, "updatedAt"))
			.limit(limit), SecondOpinionRequest.class);
	}

	List<SecondOpinionRequest> withPendingEvents(int limit) {
		return this.mongo.find(Query.query(Criteria.where("pendingEvents").is(true))
			.with(Sort.by(Sort.Direction.ASC, "updatedAt"))
			.limit(limit), SecondOpinionRequest.class);
	}

	/**
	 * Marks events as handed over, without a new version: only when nobody changed the
	 * request since it was read. Otherwise nothing happens and the next run sends those
	 * events again, which the receiver recognises by their id.
	 */
	boolean markSent(SecondOpinionRequest request, Set<String> eventIds, Instant now) {
		List<OutboxEvent> outbox = request.outboxAfterSending(eventIds, now);
		boolean pending = outbox.stream().anyMatch((event) -> event.sentAt() == null);
		Query unchanged = Query.query(Criteria.where("_id").is(request.id()).and("version").is(request.version()));
		Update update = new Update().set("outbox", outbox).set("pendingEvents", pending);
		// By collection name: an update naming the entity class would increment the
		// version and make a user's concurrent change fail for nothing.
		return this.mongo.updateFirst(unchanged, update, COLLECTION).getModifiedCount() == 1;
	}

}
