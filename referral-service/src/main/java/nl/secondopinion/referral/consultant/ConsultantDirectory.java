package nl.secondopinion.referral.consultant;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The consultant directory: read by everyone, changed by platform admins only. */
@Service
public class ConsultantDirectory {

	private static final Comparator<Consultant> BY_WAITING_TIME = Comparator.comparingInt(Consultant::waitingWeeks)
		.thenComparing(Consultant::name)
		.thenComparing(Consultant::id);

	private final MongoTemplate mongo;

	ConsultantDirectory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Consultants of a specialty (all when {@code null}), shortest waiting time first.
	 */
	public List<Consultant> find(@Nullable String specialty) {
		Query query = (specialty != null && !specialty.isBlank())
				? Query.query(Criteria.where("specialty").is(specialty.strip().toLowerCase(Locale.ROOT))) : new Query();
		return this.mongo.find(query, Consultant.class).stream().sorted(BY_WAITING_TIME).toList();
	}

	public Optional<Consultant> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Consultant.class));
	}

	public Consultant get(String id) {
		return findById(id).orElseThrow(ConsultantNotFoundException::new);
	}

	/** Adds or replaces a consultant (platform admin). */
	public Consultant save(Consultant consultant) {
		return this.mongo.save(consultant);
	}

	/**
	 * Adds a consultant only when the id is still free: seed data never overwrites admin
	 * changes.
	 */
	boolean addIfAbsent(Consultant consultant) {
		try {
			this.mongo.insert(consultant);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
