package nl.secondopinion.insurance.client.insurer;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import feign.Response;
import feign.codec.Decoder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an answer with Jackson; anything that is not JSON of the expected shape becomes
 * {@link InsurerFailure.Unreadable}. The parser's message is dropped: it may quote the
 * body, and with it a citizen service number.
 */
class EligibilityDecoder implements Decoder {

	private final JsonMapper mapper;

	EligibilityDecoder(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Object decode(Response response, Type type) throws IOException {
		if (response.body() == null) {
			throw new InsurerFailure.Unreadable("Empty answer");
		}
		try (InputStream in = response.body().asInputStream()) {
			return this.mapper.readValue(in, this.mapper.constructType(type));
		}
		catch (JacksonException ex) {
			throw new InsurerFailure.Unreadable("Answer is not a valid eligibility document");
		}
	}

}
