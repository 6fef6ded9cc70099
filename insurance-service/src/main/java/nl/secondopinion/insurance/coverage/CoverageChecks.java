package nl.secondopinion.insurance.coverage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CoverageChecks extends MongoRepository<CoverageCheck, String> {

	Optional<CoverageCheck> findFirstByRequestIdOrderByCreatedAtDesc(String requestId);

	List<CoverageCheck> findByDecisionAndNextRecheckAtLessThanEqualOrderByNextRecheckAtAsc(Decision decision,
			Instant now, Limit limit);

	List<CoverageCheck> findByRequestIdAndBsnSealedIsNotNull(String requestId);

}
