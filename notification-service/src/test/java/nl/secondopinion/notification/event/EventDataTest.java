package nl.secondopinion.notification.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventDataTest {

	@Test
	void codesDatesIdsNumbersAndBooleansAreKept() {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("missingItems", List.of("HISTORY_LETTER", "IMAGING_STUDY"));
		data.put("decision", "COVERED_BASIC");
		data.put("appointmentAt", "2026-12-01T09:30:00Z");
		data.put("checkId", "5f1d3c1a-9d2e-4b7f-8a6c-1e2d3c4b5a69");
		data.put("waitingWeeks", 3);
		data.put("urgent", false);
		List<String> dropped = new ArrayList<>();

		assertThat(EventData.sanitize(data, dropped)).isEqualTo(data);
		assertThat(dropped).isEmpty();
	}

	@Test
	void freeTextIsDroppedAndOnlyItsKeyReported() {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("question", "Is an operation really the only option for my hernia?");
		data.put("missingItems", List.of("HISTORY_LETTER", "MRI scan van de knie.pdf"));
		data.put("nested", Map.of("diagnosis", "hernia"));
		data.put("decision", "NOT_COVERED");
		data.put("x".repeat(65), "A");
		List<String> dropped = new ArrayList<>();

		Map<String, Object> kept = EventData.sanitize(data, dropped);

		assertThat(kept).containsOnlyKeys("decision");
		assertThat(dropped).containsExactly("question", "missingItems", "nested", "x".repeat(65));
	}

	@Test
	void noDataIsAnEmptyMap() {
		assertThat(EventData.sanitize(null, new ArrayList<>())).isEmpty();
	}

}
