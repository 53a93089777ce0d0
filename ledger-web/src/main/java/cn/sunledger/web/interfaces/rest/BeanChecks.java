package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bean Validation of request bodies, with messages in the client's language, reported as {@code errors[]}
 * of a 400 problem. The JSON reader (json.StrictJsonReader) validates every JSON body it binds; multipart
 * resources validate the parts they assemble.
 */
@ApplicationScoped
public class BeanChecks {

    @Inject
    ValidatorFactory validation;

    /** A body the resource cannot do without (an empty request body reads as null). */
    public static <T> T required(T body) {
        if (body == null) {
            throw LedgerException.invalid("error.malformed", "empty body");
        }
        return body;
    }

    public <T> T valid(T body, Locale locale) {
        required(body);
        Set<ConstraintViolation<T>> found = validation.getValidator().validate(body);
        if (!found.isEmpty()) {
            MessageInterpolator interpolator = validation.getMessageInterpolator();
            List<Violation> violations = found.stream()
                    .sorted(Comparator.comparing(BeanChecks::field))
                    .map(v -> Violation.ofField(field(v),
                            interpolator.interpolate(v.getMessageTemplate(), context(v), locale)))
                    .toList();
            throw LedgerException.invalid(violations);
        }
        return body;
    }

    /** The property path as JSON names it: {@code regionCodes[0]}, not {@code regionCodes[0].<list element>}. */
    private static String field(ConstraintViolation<?> v) {
        return v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
    }

    private static MessageInterpolator.Context context(ConstraintViolation<?> v) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return v.getInvalidValue();
            }

            @Override
            public <U> U unwrap(Class<U> type) {
                throw new jakarta.validation.ValidationException("not supported");
            }
        };
    }
}
