package org.examcommit.registration.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, version and the rules that hold for every endpoint, and its error answers: every
 * operation lists the refusals any request can meet (400, and 401 / 403 / 429 where they apply), and every error
 * answer, those and the ones an endpoint states itself, has the problem-detail schema {@value #PROBLEM}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The name of the RFC 9457 problem-detail schema in the document's components. */
    static final String PROBLEM = "Problem";

    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI registrationApi(@Value("${examcommit.api.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Exam registration commitment API (告知承诺制)")
                        .version(version)
                        .description("Candidates register, apply with or without the commitment and pay; officers "
                                + "record on-site results, findings and dispositions. Sign in with a bearer token "
                                + "from POST /api/auth/login. Dates are calendar dates in Asia/Shanghai (yyyy-MM-dd); "
                                + "timestamps are ISO-8601 with an offset. Every error is an RFC 9457 problem detail "
                                + "(application/problem+json) with the members field and rule."));
    }

    @Bean
    OpenApiCustomizer problemDetails() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        ApiResponses responses =
                                operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                        operation.setResponses(responses);
                        addIfAbsent(responses, "400", "Bad input: the problem detail names the field and the rule");
                        if (signedIn(operation)) {
                            addIfAbsent(responses, "401", "Not signed in (no or an expired bearer token)");
                            addIfAbsent(responses, "403", "The signed-in role may not do this");
                        }
                        if (path.equals("/api/auth/login")) {
                            addIfAbsent(
                                    responses, "429", "Too many failed log-ins (rule login.throttled, Retry-After)");
                        }
                        responses.forEach((code, response) -> {
                            if (code.startsWith("4") || code.startsWith("5")) {
                                response.setContent(new Content()
                                        .addMediaType(
                                                PROBLEM_JSON,
                                                new MediaType()
                                                        .schema(new Schema<>()
                                                                .$ref("#/components/schemas/" + PROBLEM))));
                            }
                        });
                    }));
        };
    }

    private static boolean signedIn(Operation operation) {
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    }

    private static void addIfAbsent(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description));
        }
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("rule", new StringSchema())
                .addProperty("detail", new StringSchema());
        return new ObjectSchema()
                .description("An RFC 9457 problem detail, with the request field at fault and the rule it breaks")
                .required(List.of("type", "title", "status"))
                .properties(Map.of(
                        "type",
                        new StringSchema().format("uri").example("urn:examcommit:rule:candidate.phone-taken"),
                        "title",
                        new StringSchema().example("Conflict"),
                        "status",
                        new IntegerSchema().example(409),
                        "detail",
                        new StringSchema().example("An account with this phone already exists"),
                        "instance",
                        new StringSchema().format("uri"),
                        "field",
                        new StringSchema()
                                .description("the request field (JSON path or parameter) at fault, when one is")
                                .example("phone"),
                        "rule",
                        new StringSchema().description("the rule refused").example("candidate.phone-taken"),
                        "retryAfterSeconds",
                        new IntegerSchema().description("with 429: seconds until a log-in is taken again"),
                        "errors",
                        new ArraySchema().items(error).description("with several invalid fields: each of them")));
    }
}
