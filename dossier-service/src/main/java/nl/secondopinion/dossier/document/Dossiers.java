package nl.secondopinion.dossier.document;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Dossiers extends MongoRepository<Dossier, String> {

	List<Dossier> findByHasPendingEventsTrue();

}
