package nl.secondopinion.referral.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.secondopinion.support.time.PlatformDay;

/**
 * Records retrieval: every missing dossier item has a holder who is asked once, reminded
 * on a schedule, and reported late to the patient. The chase lives in the request
 * document, so the event it queues and the state that says it was sent are one write: of
 * two replicas that run it at once, only one saves (optimistic locking), and only its
 * events are relayed.
 *
 * @param asks one per missing item that its holder was asked for
 * @param nextRunAt when the chase should look again
 */
public record RecordsChase(List<Ask> asks, @Nullable Instant nextRunAt) {

	public RecordsChase {
		asks = (asks != null) ? List.copyOf(asks) : List.of();
	}

	static RecordsChase none() {
		return new RecordsChase(List.of(), null);
	}

	/**
	 * @param lastAskedAt the first request or the latest reminder
	 * @param lateReportedAt when the patient was told the holder is late
	 */
	public record Ask(String item, RecordHolder holder, Instant askedAt, LocalDate dueDate, int reminders,
			Instant lastAskedAt, @Nullable Instant lateReportedAt) {

		Ask reminded(Instant now) {
			return new Ask(this.item, this.holder, this.askedAt, this.dueDate, this.reminders + 1, now,
					this.lateReportedAt);
		}

		Ask reportedLate(Instant now) {
			return new Ask(this.item, this.holder, this.askedAt, this.dueDate, this.reminders, this.lastAskedAt, now);
		}

	}

	/** What one run decided: the new state, and the messages to queue per holder. */
	record Run(RecordsChase next, List<Message> messages) {

	}

	record Message(EventType type, RecordHolder holder, List<String> items, LocalDate dueDate, int reminder) {

	}

	/**
	 * One run over the items the dossier still lacks: asks for new ones, reminds holders
	 * whose reminder is due, tells the patient once about a late holder, and forgets
	 * items that arrived.
	 */
	Run run(List<DossierChecklists.Item> missing, RecordsPolicy policy, Instant now) {
		Map<String, Ask> open = new LinkedHashMap<>();
		this.asks.forEach((ask) -> open.put(ask.item(), ask));
		List<Ask> next = new ArrayList<>();
		List<Ask> asked = new ArrayList<>();
		List<Ask> reminded = new ArrayList<>();
		List<Ask> late = new ArrayList<>();
		for (DossierChecklists.Item item : missing) {
			Ask ask = open.get(item.item());
			if (ask == null) {
				LocalDate due = (item.dueDate() != null) ? item.dueDate() : policy.dueDate(now);
				ask = new Ask(item.item(), item.holder(), now, due, 0, now, null);
				asked.add(ask);
			}
			else if (ask.reminders() < policy.maxReminders() && !now.isBefore(policy.nextReminder(ask.lastAskedAt()))) {
				ask = ask.reminded(now);
				reminded.add(ask);
			}
			else if (ask.lateReportedAt() == null && isLate(ask, policy, now)) {
				ask = ask.reportedLate(now);
				late.add(ask);
			}
			next.add(ask);
		}
		List<Message> messages = new ArrayList<>();
		messages.addAll(messages(EventType.RECORDS_REQUESTED, asked));
		messages.addAll(messages(EventType.RECORDS_REMINDER, reminded));
		messages.addAll(messages(EventType.RECORDS_OVERDUE, late));
		return new Run(new RecordsChase(next, nextRun(next, policy, now)), messages);
	}

	private static boolean isLate(Ask ask, RecordsPolicy policy, Instant now) {
		boolean remindersSpent = ask.reminders() >= policy.maxReminders()
				&& !now.isBefore(policy.nextReminder(ask.lastAskedAt()));
		return remindersSpent || PlatformDay.of(now).isAfter(ask.dueDate());
	}

	private static Instant nextRun(List<Ask> asks, RecordsPolicy policy, Instant now) {
		Instant recheck = now.plus(policy.recheckEvery());
		return asks.stream()
			.filter((ask) -> ask.lateReportedAt() == null)
			.map((ask) -> policy.nextReminder(ask.lastAskedAt()))
			.min(Comparator.naturalOrder())
			.filter((reminder) -> reminder.isBefore(recheck))
			.orElse(recheck);
	}

	/** One message per holder, naming their items and the earliest due date. */
	private static List<Message> messages(EventType type, List<Ask> asks) {
		Map<RecordHolder, List<Ask>> byHolder = new LinkedHashMap<>();
		asks.forEach((ask) -> byHolder.computeIfAbsent(ask.holder(), (holder) -> new ArrayList<>()).add(ask));
		return byHolder.entrySet()
			.stream()
			.map((entry) -> new Message(type, entry.getKey(), entry.getValue().stream().map(Ask::item).toList(),
					entry.getValue().stream().map(Ask::dueDate).min(Comparator.naturalOrder()).orElseThrow(),
					entry.getValue().stream().mapToInt(Ask::reminders).max().orElse(0)))
			.toList();
	}

}
