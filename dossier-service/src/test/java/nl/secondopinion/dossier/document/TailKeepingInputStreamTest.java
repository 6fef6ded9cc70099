package nl.secondopinion.dossier.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TailKeepingInputStreamTest {

	@ParameterizedTest
	@ValueSource(ints = { 1, 7, 1000, 70_000 })
	void keepsTheLastBytesHoweverTheyAreRead(int capacity) throws IOException {
		Random random = new Random(capacity);
		for (int round = 0; round < 200; round++) {
			byte[] content = new byte[random.nextInt(random.nextBoolean() ? 20 : 50_000)];
			random.nextBytes(content);
			TailKeepingInputStream in = new TailKeepingInputStream(new ByteArrayInputStream(content), capacity);
			int read = 0;
			int stopAt = random.nextInt(content.length + 1);
			while (read < stopAt) {
				int step = 1 + random.nextInt(3 * capacity);
				switch (random.nextInt(3)) {
					case 0 -> read += (in.read() >= 0) ? 1 : 0;
					case 1 -> read += (int) in.skip(Math.min(step, stopAt - read));
					default -> read += Math.max(0, in.read(new byte[step + 5], 5, Math.min(step, stopAt - read)));
				}
			}

			assertThat(in.total()).isEqualTo(read);
			assertThat(in.tail()).as("round %d", round)
				.isEqualTo(Arrays.copyOfRange(content, Math.max(0, read - capacity), read));
		}
	}

}
