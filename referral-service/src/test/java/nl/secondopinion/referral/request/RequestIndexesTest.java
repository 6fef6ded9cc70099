package nl.secondopinion.referral.request;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

class RequestIndexesTest {

	private final MongoTemplate mongo = mock(MongoTemplate.class);

	@Test
	void theIndexesDeclaredOnTheDocumentAreCreated() {
		MongoConverter converter = mock(MongoConverter.class);
		MongoMappingContext mappingContext = new MongoMappingContext();
		mappingContext.setSimpleTypeHolder(new MongoCustomConversions(List.of()).getSimpleTypeHolder());
		doReturn(mappingContext).when(converter).getMappingContext();
		given(this.mongo.getConverter()).willReturn(converter);
		IndexOperations indexes = mock(IndexOperations.class);
		given(this.mongo.indexOps(SecondOpinionRequest.class)).willReturn(indexes);
		List<Document> created = new ArrayList<>();
		doAnswer((call) -> {
			created.add(call.<IndexDefinition>getArgument(0).getIndexKeys());
			return "owner_created";
		}).when(indexes).createIndex(any());

		new RequestIndexes(this.mongo).create();

		assertThat(created).containsExactlyInAnyOrder(new Document("patient._id", 1).append("createdAt", -1),
				new Document("pendingEvents", 1));
	}

	@Test
	void anUnreachableDatabaseDoesNotStopTheService() {
		given(this.mongo.indexOps(SecondOpinionRequest.class))
			.willThrow(new DataAccessResourceFailureException("Timed out while waiting for a server"));

		assertThatNoException().isThrownBy(() -> new RequestIndexes(this.mongo).create());
	}

}
