package cn.sunledger.web.interfaces.rest.json;

import cn.sunledger.ledger.domain.model.shared.Plausible;
import cn.sunledger.ledger.domain.model.shared.TextSanity;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks a parsed JSON body against the Java type it is bound to, before JSON-B sees it: every JSON value must
 * already be of the kind its property declares, because JSON-B converts generously (a number into a text
 * field, "yes" or 2026.5 into whatever it can) and what it cannot convert it reports without saying where. One
 * violation per property path ({@code plannedInvestment[1].amount}), so a client learns about all its mistakes
 * from one 400.
 *
 * <ul>
 * <li>text: a JSON string, which passes {@link TextSanity} — so money, which the contract sends as text, is never
 *     a JSON number;</li>
 * <li>whole numbers: a JSON number without a fraction, within the Java type's range;</li>
 * <li>true/false: the JSON literals only; enums: a string naming a constant; dates: {@code yyyy-MM-dd} within
 *     {@link Plausible} years;</li>
 * <li>lists and nested objects recursively; properties the type does not declare are ignored, as JSON-B does.</li>
 * </ul>
 */
final class JsonShape {

    private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

    private final List<Violation> violations = new ArrayList<>();

    private JsonShape() {
    }

    /** The violations of {@code value} as the body of type {@code type}; empty when it may be bound. */
    static List<Violation> check(JsonValue value, Type type) {
        JsonShape shape = new JsonShape();
        shape.value("", value, type);
        return shape.violations;
    }

    private void value(String path, JsonValue value, Type type) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                refuse(path, "json.required");
            }
            return;
        }
        if (raw == String.class) {
            text(path, value);
        } else if (raw == Integer.class || raw == int.class) {
            whole(path, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == Long.class || raw == long.class) {
            whole(path, value, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == Short.class || raw == short.class) {
            whole(path, value, Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                refuse(path, "json.boolean");
            }
        } else if (raw == BigDecimal.class) {
            decimal(path, value);
        } else if (raw == LocalDate.class) {
            date(path, value);
        } else if (raw.isEnum()) {
            constant(path, value, raw);
        } else if (Collection.class.isAssignableFrom(raw)) {
            list(path, value, type);
        } else if (raw.isRecord() || !raw.getName().startsWith("java.") && !raw.getName().startsWith("jakarta.")
                && !raw.isInterface() && !raw.isArray()) {
            object(path, value, raw);
        }
        // anything else (a raw JsonValue, Object) is taken as it comes
    }

    private void text(String path, JsonValue value) {
        if (!(value instanceof JsonString s)) {
            refuse(path, "json.string");
            return;
        }
        TextSanity.flaw(s.getString()).ifPresent(flaw -> refuse(path, flaw.messageKey()));
    }

    private void whole(String path, JsonValue value, long min, long max) {
        if (!(value instanceof JsonNumber n)) {
            refuse(path, "json.integer");
            return;
        }
        try {
            BigDecimal d = n.bigDecimalValue();
            if (d.scale() != 0) {
                refuse(path, "json.integer");
                return;
            }
            // compared as a decimal: expanding an exponent such as 1e999999999 would take minutes
            if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
                refuse(path, "json.integerRange", String.valueOf(min), String.valueOf(max));
            }
        } catch (ArithmeticException | NumberFormatException e) {
            refuse(path, "json.integerRange", String.valueOf(min), String.valueOf(max));
        }
    }

    private void decimal(String path, JsonValue value) {
        if (!(value instanceof JsonString s) || !s.getString().matches("-?\\d{1,18}(\\.\\d{1,6})?")) {
            refuse(path, "json.decimal");
        }
    }

    private void date(String path, JsonValue value) {
        try {
            if (value instanceof JsonString s && s.getString().matches("\\d{4}-\\d{2}-\\d{2}")
                    && Plausible.date(LocalDate.parse(s.getString()))) {
                return;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        refuse(path, "json.date", String.valueOf(Plausible.FIRST_YEAR), String.valueOf(Plausible.LAST_YEAR));
    }

    private void constant(String path, JsonValue value, Class<?> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!(value instanceof JsonString s) || !names.contains(s.getString())) {
            refuse(path, "json.enum", String.join(", ", names));
        }
    }

    private void list(String path, JsonValue value, Type type) {
        if (!(value instanceof JsonArray array)) {
            refuse(path, "json.array");
            return;
        }
        Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        for (int i = 0; i < array.size(); i++) {
            value(path + "[" + i + "]", array.get(i), element);
        }
    }

    private void object(String path, JsonValue value, Class<?> type) {
        if (!(value instanceof JsonObject object)) {
            refuse(path, "json.object");
            return;
        }
        Map<String, Type> properties = PROPERTIES.computeIfAbsent(type, JsonShape::properties);
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            Type declared = properties.get(member.getKey());
            if (declared != null) {
                value(path.isEmpty() ? member.getKey() : path + "." + member.getKey(), member.getValue(), declared);
            }
        }
    }

    /** What JSON-B binds on our request types: record components, or public fields (inherited ones too). */
    private static Map<String, Type> properties(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).collect(Collectors.toMap(RecordComponent::getName,
                    RecordComponent::getGenericType, (a, b) -> a, LinkedHashMap::new));
        }
        Map<String, Type> found = new LinkedHashMap<>();
        for (Field f : type.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                found.putIfAbsent(f.getName(), f.getGenericType());
            }
        }
        return found;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }

    private void refuse(String path, String key, Object... args) {
        violations.add(Violation.ofField(path.isEmpty() ? Problems.WHOLE_BODY : path, key, args));
    }
}
