package nl.secondopinion.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the server the hard way, in a child JVM, right after the last acknowledged write:
 * H2's own background commit would lose the writes of the last second.
 */
class LocalMongoServerCrashIT {

	private static final int INSERTS = 500;

	private static final Pattern LISTENING = Pattern.compile("listening on [^:]+:(\\d+)");

	@TempDir
	Path dir;

	private Process child;

	@AfterEach
	void killChild() {
		if (this.child != null) {
			this.child.destroyForcibly();
		}
	}

	@Test
	void acknowledgedWritesSurviveAKilledProcess() throws Exception {
		Path dataFile = this.dir.resolve("mongo.mv.db");
		this.child = startChildServer(dataFile);
		int port = awaitPort(this.child);

		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
			MongoCollection<Document> events = client.getDatabase("dossier").getCollection("events");
			for (int i = 0; i < INSERTS; i++) {
				events.insertOne(new Document("seq", i));
			}
			this.child.destroyForcibly();
			assertThat(this.child.waitFor(10, TimeUnit.SECONDS)).isTrue();
		}

		LocalMongoServer restarted = LocalMongoServer.start(ServerSettings.HOST, 0, dataFile);
		try (MongoClient client = MongoClients.create(restarted.connectionString())) {
			MongoCollection<Document> events = client.getDatabase("dossier").getCollection("events");
			assertThat(events.countDocuments()).isEqualTo(INSERTS);
		}
		finally {
			restarted.stop();
		}
	}

	private Process startChildServer(Path dataFile) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LocalMongoServer.class.getName(),
				"--port=0", "--data=" + dataFile)
			.redirectErrorStream(true)
			.start();
	}

	private static int awaitPort(Process process) throws IOException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
			Matcher matcher = LISTENING.matcher(line);
			if (matcher.find()) {
				drainInBackground(output);
				return Integer.parseInt(matcher.group(1));
			}
		}
		throw new IllegalStateException("The child server did not report its port");
	}

	private static void drainInBackground(BufferedReader output) {
		Thread drain = new Thread(() -> {
			try {
				while (output.readLine() != null) {
					// keeps the child from blocking on a full pipe
				}
			}
			catch (IOException ex) {
				// the child was killed: nothing left to read
			}
		}, "child-output");
		drain.setDaemon(true);
		drain.start();
	}

}
