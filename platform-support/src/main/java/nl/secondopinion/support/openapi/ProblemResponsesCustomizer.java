package nl.secondopinion.support.openapi;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Makes every service's OpenAPI document tell the truth about errors: each 4xx and 5xx
 * answer is {@code application/problem+json} with one shared schema, and every protected
 * operation can answer 401. Controllers then only describe when an error happens, not its
 * shape.
 */
public class ProblemResponsesCustomizer implements OpenApiCustomizer {

	static final String PROBLEM_SCHEMA = "Problem";

	static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.schema(PROBLEM_SCHEMA, problemSchema());
		openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
			ApiResponses responses = responsesOf(operation);
			if (isProtected(path)) {
				responses.computeIfAbsent("401",
						(code) -> new ApiResponse().description("No valid access token for this service"));
			}
			responses.forEach((code, response) -> {
				if (isError(code)) {
					response.setContent(problemContent());
				}
			});
		}));
	}

	private static ApiResponses responsesOf(Operation operation) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		return operation.getResponses();
	}

	private static boolean isProtected(String path) {
		return path.startsWith("/api/") || path.startsWith("/internal/");
	}

	private static boolean isError(String code) {
		return code.startsWith("4") || code.startsWith("5");
	}

	private static Content problemContent() {
		Schema<?> reference = new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA);
		return new Content().addMediaType(PROBLEM_MEDIA_TYPE, new MediaType().schema(reference));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Map<String, Schema> properties = Map.of("type",
				new StringSchema().format("uri").description("https://secondopinion.nl/problems/<slug>"), "title",
				new StringSchema(), "status", new IntegerSchema(), "detail", new StringSchema(), "instance",
				new StringSchema().format("uri-reference"), "correlationId",
				new StringSchema().description("Quote it when reporting the problem"), "errors",
				new ArraySchema()
					.items(new ObjectSchema().addProperty("field", new StringSchema())
						.addProperty("message", new StringSchema()))
					.description("Per-field messages of a 400 answer"));
		ObjectSchema schema = new ObjectSchema();
		schema.description("RFC 9457 problem details");
		properties.forEach(schema::addProperty);
		return schema;
	}

}
