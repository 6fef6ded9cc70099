package nl.secondopinion.dossier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB stand-in in a JVM of its own, for tests that measure the service's heap: in
 * the test's JVM the stored content (and the stand-in's habit of collecting a query's
 * whole answer before sending it) would count against that heap. The child ends when its
 * standard input closes, so it never outlives the test JVM.
 */
public final class MongoProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private MongoProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	public static MongoProcess start(String maxHeap) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		try {
			Process process = new ProcessBuilder(java, "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"),
					MongoProcess.class.getName())
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("port ")) {
					return new MongoProcess(process, Integer.parseInt(line.substring(5).strip()));
				}
			}
			process.destroy();
			throw new IllegalStateException("The MongoDB stand-in did not start");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String uri(String database) {
		return "mongodb://127.0.0.1:" + this.port + "/" + database;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	public static void main(String[] args) throws IOException {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		System.out.println("port " + server.getLocalAddress().getPort());
		System.out.flush();
		while (System.in.read() >= 0) {
			// until the parent goes
		}
		server.shutdownNow();
	}

}
