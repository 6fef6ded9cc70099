package nl.secondopinion.insurance.mediation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** How one insurer's desk meets the turnaround target. */
public class TurnaroundReport {

	private final MediationRequests requests;

	private final int targetWorkingDays;

	private final Clock clock;

	public TurnaroundReport(MediationRequests requests, int targetWorkingDays, Clock clock) {
		this.requests = requests;
		this.targetWorkingDays = targetWorkingDays;
		this.clock = clock;
	}

	public Turnaround of(String uzovi) {
		Instant now = this.clock.instant();
		List<MediationRequest> all = this.requests.findByInsurerUzoviOrderByRequestedAtDesc(uzovi);
		int within = 0;
		int late = 0;
		int overdue = 0;
		int inTime = 0;
		List<Double> hours = new ArrayList<>();
		for (MediationRequest request : all) {
			Instant first = request.firstProposalAt();
			if (first != null) {
				if (request.withinTarget()) {
					within++;
				}
				else {
					late++;
				}
				hours.add(Duration.between(request.requestedAt(), first).toMinutes() / 60.0);
			}
			else if (request.status() != MediationStatus.CLOSED) {
				if (now.isAfter(request.dueBy())) {
					overdue++;
				}
				else {
					inTime++;
				}
			}
		}
		return new Turnaround(uzovi, this.targetWorkingDays, all.size(), within, late, overdue, inTime, median(hours));
	}

	private static @Nullable Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		double median = (sorted.size() % 2 == 1) ? sorted.get(middle)
				: (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		return Math.round(median * 10) / 10.0;
	}

}
