package nl.secondopinion.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MongoDB wire-protocol server for the local stack, storing its data in one H2 file.
 *
 * <p>
 * A stand-in for developer machines without a MongoDB binary: no transactions, no change
 * streams. Acknowledged writes survive a killed process because every command is
 * committed to the file before it is answered.
 */
public final class LocalMongoServer {

	private static final Logger log = LoggerFactory.getLogger(LocalMongoServer.class);

	private final MongoServer server;

	private final InetSocketAddress address;

	private LocalMongoServer(MongoServer server, InetSocketAddress address) {
		this.server = server;
		this.address = address;
	}

	public static void main(String[] args) {
		ServerSettings settings;
		try {
			settings = ServerSettings.from(args, System.getenv());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		LocalMongoServer mongo = start(settings.host(), settings.port(), settings.dataFile());
		Runtime.getRuntime().addShutdownHook(new Thread(mongo::stop, "mongo-shutdown"));
	}

	static LocalMongoServer start(String host, int port, Path dataFile) {
		createParentDirectories(dataFile);
		MongoServer server = new MongoServer(new CommitPerCommandH2Backend(dataFile.toString()));
		server.bind(host, port);
		InetSocketAddress address = server.getLocalAddress();
		log.info("MongoDB wire-protocol server listening on {}:{} (data file {})", address.getHostString(),
				address.getPort(), dataFile);
		return new LocalMongoServer(server, address);
	}

	InetSocketAddress address() {
		return this.address;
	}

	String connectionString() {
		return "mongodb://" + this.address.getHostString() + ":" + this.address.getPort();
	}

	void stop() {
		log.info("Stopping MongoDB wire-protocol server on port {}", this.address.getPort());
		this.server.shutdown();
	}

	private static void createParentDirectories(Path dataFile) {
		Path parent = dataFile.toAbsolutePath().getParent();
		try {
			Files.createDirectories(parent);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data folder " + parent, ex);
		}
	}

}
