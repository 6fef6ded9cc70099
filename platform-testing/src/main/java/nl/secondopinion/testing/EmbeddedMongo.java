package nl.secondopinion.testing;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One in-memory MongoDB wire-protocol server per test JVM, shared by all integration
 * tests. Each test class asks for its own database name so tests do not see each other's
 * data.
 */
public final class EmbeddedMongo {

	private static MongoServer server;

	private static InetSocketAddress address;

	private EmbeddedMongo() {
	}

	public static synchronized String uri(String database) {
		if (server == null) {
			server = new MongoServer(new MemoryBackend());
			server.bind("127.0.0.1", 0);
			address = server.getLocalAddress();
			Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-stop"));
		}
		return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
	}

}
