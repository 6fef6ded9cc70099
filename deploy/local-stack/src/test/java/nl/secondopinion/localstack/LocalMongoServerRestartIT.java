package nl.secondopinion.localstack;

import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

class LocalMongoServerRestartIT {

	@TempDir
	Path dir;

	@Test
	void documentsAndUniqueIndexesSurviveACleanRestartOnTheSameFile() {
		Path dataFile = this.dir.resolve("mongo.mv.db");

		LocalMongoServer first = LocalMongoServer.start(ServerSettings.HOST, 0, dataFile);
		try (MongoClient client = MongoClients.create(first.connectionString())) {
			MongoCollection<Document> requests = client.getDatabase("referral").getCollection("requests");
			requests.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
			requests.insertMany(List.of(new Document("reference", "SO-1").append("status", "SUBMITTED"),
					new Document("reference", "SO-2").append("status", "DRAFT")));
			requests.updateOne(eq("reference", "SO-2"), new Document("$set", new Document("status", "SUBMITTED")));
		}
		finally {
			first.stop();
		}

		LocalMongoServer second = LocalMongoServer.start(ServerSettings.HOST, 0, dataFile);
		try (MongoClient client = MongoClients.create(second.connectionString())) {
			MongoCollection<Document> requests = client.getDatabase("referral").getCollection("requests");
			assertThat(requests.find().map((doc) -> doc.getString("reference") + ":" + doc.getString("status")))
				.containsExactlyInAnyOrder("SO-1:SUBMITTED", "SO-2:SUBMITTED");
			assertThat(requests.listIndexes().map((index) -> index.getBoolean("unique", false))).contains(true);
		}
		finally {
			second.stop();
		}
	}

}
