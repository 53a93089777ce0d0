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
 * of a 400 problem. Resources call it explicitly so every refusal goes through the same problem format.
 */
@ApplicationScoped
public class BeanChecks {

    @Inject
    ValidatorFactory validation;

    public <T> T valid(T body, Locale locale) {
        if (body == null) {
            throw LedgerException.invalid("error.malformed", "empty body");
        }
        Set<ConstraintViolation<T>> found = validation.getValidator().validate(body);
        if (!found.isEmpty()) {
            MessageInterpolator interpolator = validation.getMessageInterpolator();
            List<Violation> violations = found.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> Violation.ofField(v.getPropertyPath().toString(),
                            interpolator.interpolate(v.getMessageTemplate(), context(v), locale)))
                    .toList();
            throw LedgerException.invalid(violations);
        }
        return body;
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
