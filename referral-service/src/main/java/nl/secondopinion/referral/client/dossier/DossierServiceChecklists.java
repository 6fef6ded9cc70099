package nl.secondopinion.referral.client.dossier;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import nl.secondopinion.referral.request.DossierChecklists;
import nl.secondopinion.referral.request.RecordHolder;
import nl.secondopinion.support.feign.DownstreamFailures;

/** Dossier checklists from dossier-service, over {@link DossierClient}. */
@Component
class DossierServiceChecklists implements DossierChecklists {

	private static final Logger log = LoggerFactory.getLogger(DossierServiceChecklists.class);

	private final DossierClient client;

	DossierServiceChecklists(DossierClient client) {
		this.client = client;
	}

	@Override
	public Checklist checklist(String requestId) {
		ChecklistAnswer answer = this.client.checklist(requestId);
		if (answer.complete() == null) {
			log.error("Dossier service answered a checklist without 'complete'");
			throw DownstreamFailures.callFailed("dossier", "The dossier service gave an answer we do not understand.");
		}
		List<Item> missing = (answer.missing() != null) ? answer.missing()
			.stream()
			.filter((item) -> item.item() != null)
			.map((item) -> new Item(item.item(), (item.nl() != null) ? item.nl() : "",
					(item.en() != null) ? item.en() : "", holder(item.holder()), item.dueDate()))
			.toList() : List.of();
		return new Checklist(answer.complete() && missing.isEmpty(), missing);
	}

	// An item whose holder this service does not know (an older dossier service) goes to
	// the treating doctor, who holds most records.
	private static RecordHolder holder(@Nullable String named) {
		if (named == null) {
			return RecordHolder.TREATING_DOCTOR;
		}
		try {
			return RecordHolder.valueOf(named);
		}
		catch (IllegalArgumentException ex) {
			return RecordHolder.TREATING_DOCTOR;
		}
	}

}
