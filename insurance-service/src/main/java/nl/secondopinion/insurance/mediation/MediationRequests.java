package nl.secondopinion.insurance.mediation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface MediationRequests extends MongoRepository<MediationRequest, String> {

	List<MediationRequest> findByInsurerUzoviOrderByRequestedAtDesc(String insurerUzovi);

	List<MediationRequest> findByViewersContainingOrderByRequestedAtDesc(String userId);

	boolean existsByRequestIdAndStatusIn(String requestId, Collection<MediationStatus> statuses);

}
