package nl.secondopinion.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;

/**
 * H2 backend that commits its store before a command is answered.
 *
 * <p>
 * The stock backend leaves commits to H2's background writer (about once a second), so a
 * killed process loses writes the client already saw acknowledged. Committing per command
 * halves the write throughput, which is fine for a developer machine and keeps
 * {@code kill -9} from eating data.
 */
class CommitPerCommandH2Backend extends H2Backend {

	CommitPerCommandH2Backend(String fileName) {
		super(fileName);
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		try {
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			commit();
		}
	}

	@Override
	public Document handleMessage(MongoMessage message) {
		try {
			return super.handleMessage(message);
		}
		finally {
			commit();
		}
	}

}
