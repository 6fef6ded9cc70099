package nl.secondopinion.referral.request;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RequestDocuments extends MongoRepository<RequestDocument, String> {

	List<RequestDocument> findByOwnerIdOrderByCreatedAtDesc(String ownerId);

}
