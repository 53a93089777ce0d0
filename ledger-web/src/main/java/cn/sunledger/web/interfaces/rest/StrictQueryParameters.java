package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.TextSanity;
import cn.sunledger.ledger.domain.model.shared.Violation;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Converts every query parameter of the staff API. JAX-RS answers a query parameter it cannot convert with 404
 * (as if the path were unknown) and converts generously where it can; here a whole number is digits within its
 * type's range, true/false is one of those two words, text passes {@link TextSanity}, and the list convention of
 * api.md ({@code ?page=0&size=50}) has {@code page} ≥ 0 and {@code size} ≥ 1 on every list. A refusal is a 400
 * problem naming the parameter (the LedgerException travels inside the BadRequestException, which RESTEasy
 * passes on unchanged, and the mapper answers it as itself).
 */
@Provider
public class StrictQueryParameters implements ParamConverterProvider {

    /** api.md's paging parameters and their least values; each list enforces its own largest page. */
    private static final Map<String, Long> LEAST = Map.of("page", 0L, "size", 1L);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        long least = LEAST.getOrDefault(name, Long.MIN_VALUE);
        Function<String, Object> parse;
        if (rawType == Integer.class || rawType == int.class) {
            parse = text -> (int) whole(name, text, Math.max(least, Integer.MIN_VALUE), Integer.MAX_VALUE);
        } else if (rawType == Long.class || rawType == long.class) {
            parse = text -> whole(name, text, least, Long.MAX_VALUE);
        } else if (rawType == Boolean.class || rawType == boolean.class) {
            parse = text -> truth(name, text);
        } else if (rawType == String.class) {
            parse = text -> sane(name, text);
        } else {
            return null;
        }
        return (ParamConverter<T>) new Converter(parse);
    }

    private record Converter(Function<String, Object> parse) implements ParamConverter<Object> {
        @Override
        public Object fromString(String value) {
            return value == null ? null : parse.apply(value);
        }

        @Override
        public String toString(Object value) {
            return String.valueOf(value);
        }
    }

    private static long whole(String name, String text, long least, long most) {
        String t = text.strip();
        if (!t.matches("-?\\d{1,19}")) {
            throw refused(name, "query.integer");
        }
        long value;
        try {
            value = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw refused(name, "query.range", String.valueOf(least), String.valueOf(most));
        }
        if (value < least || value > most) {
            throw refused(name, "query.range", String.valueOf(least), String.valueOf(most));
        }
        return value;
    }

    private static boolean truth(String name, String text) {
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw refused(name, "json.boolean");
        };
    }

    private static String sane(String name, String text) {
        TextSanity.flaw(text).ifPresent(flaw -> {
            throw refused(name, flaw.messageKey());
        });
        return text;
    }

    private static BadRequestException refused(String name, String key, Object... args) {
        return new BadRequestException(LedgerException.invalid(List.of(Violation.ofField(name, key, args))));
    }
}
