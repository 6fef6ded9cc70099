package nl.secondopinion.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the stand-in listens and stores its data: {@code --port=} and {@code --data=}
 * arguments win over the {@code MONGO_PORT} and {@code MONGO_DATA_FILE} environment
 * variables. Port 0 picks a free port, which tests rely on.
 */
record ServerSettings(String host, int port, Path dataFile) {

	static final String HOST = "127.0.0.1";

	static final int DEFAULT_PORT = 27017;

	static final String DEFAULT_DATA_FILE = "data/mongo.mv.db";

	static ServerSettings from(String[] args, Map<String, String> env) {
		String port = env.getOrDefault("MONGO_PORT", String.valueOf(DEFAULT_PORT));
		String dataFile = env.getOrDefault("MONGO_DATA_FILE", DEFAULT_DATA_FILE);
		for (String arg : args) {
			if (arg.startsWith("--port=")) {
				port = arg.substring("--port=".length());
			}
			else if (arg.startsWith("--data=")) {
				dataFile = arg.substring("--data=".length());
			}
			else {
				throw new IllegalArgumentException("Unknown argument '" + arg + "'; usage: [--port=" + DEFAULT_PORT
						+ "] [--data=" + DEFAULT_DATA_FILE + "]");
			}
		}
		return new ServerSettings(HOST, parsePort(port), Path.of(dataFile).toAbsolutePath());
	}

	private static int parsePort(String value) {
		try {
			int port = Integer.parseInt(value.trim());
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("Port out of range: " + value);
			}
			return port;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Port is not a number: " + value, ex);
		}
	}

}
