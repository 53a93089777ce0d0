package cn.sunledger.web.interfaces.rest.json;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.web.interfaces.rest.BeanChecks;
import cn.sunledger.web.interfaces.rest.BoundedBody;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body of the staff API, in place of RESTEasy's JSON-B reader, so that strictness is one
 * mechanism and no resource checks types by hand: the body is at most {@link #MAX_BYTES} (413), one JSON value
 * with nothing after it and no key twice (400), of the shape its Java type declares ({@link JsonShape}), and
 * the bound object passes its Bean Validation constraints — the column sizes of the migrations, as {@code @Size}
 * on the request types. Every refusal is a 400 problem whose {@code errors[].field} names the property, or
 * {@code $} for the body as a whole.
 */
@Provider
@ApplicationScoped
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    /** A policy document's text is the longest field (a few hundred KB); JSON escapes can triple it. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of(
            JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE,
            "org.eclipse.parsson.rejectDuplicateKeys", true));
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    /** The ledger's own request types; JSON-P/JSON-B types and plain Java types are left to RESTEasy. */
    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith("cn.sunledger.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] bytes = BoundedBody.read(entityStream, MAX_BYTES);
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return null; // no body: the resource decides whether it needs one
        }
        List<Violation> violations = JsonShape.check(parse(bytes), genericType);
        if (!violations.isEmpty()) {
            throw LedgerException.invalid(violations);
        }
        Object body;
        try {
            body = JSONB.fromJson(new ByteArrayInputStream(bytes), genericType);
        } catch (JsonbException e) {
            throw malformed(e.getMessage());
        }
        return checks.valid(body, Problems.locale(headers));
    }

    private static JsonValue parse(byte[] bytes) {
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(bytes))) {
            parser.next();
            JsonValue value = parser.getValue();
            boolean more;
            try {
                more = parser.hasNext();
            } catch (RuntimeException e) {
                more = true; // Parsson reports what follows the value as "expected EOF"
            }
            if (more) {
                throw LedgerException.invalid(List.of(Violation.ofField(Problems.WHOLE_BODY, "json.trailing")));
            }
            return value;
        } catch (LedgerException e) {
            throw e;
        } catch (RuntimeException e) {
            // syntax errors, duplicate keys, numbers beyond the parser's limits
            throw malformed(e.getMessage());
        }
    }

    private static LedgerException malformed(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return LedgerException.invalid(List.of(Violation.ofField(Problems.WHOLE_BODY, "json.syntax", first)));
    }
}
