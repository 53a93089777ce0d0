package cn.sunledger.web.interfaces.rest.dto;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The amounts of a list of fund shares add up to what DECIMAL(18,2) holds: each share fits on its own, and their
 * sum is what the project's total, its reports and the fund ledger will carry. Shares that are not money yet are
 * left to their own {@code @Pattern}.
 */
@Constraint(validatedBy = FittingTotal.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FittingTotal {

    /** The largest DECIMAL(18,2). */
    BigDecimal MAX = new BigDecimal("9999999999999999.99");

    String message() default "{cn.sunledger.money.total}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<FittingTotal, List<ProjectRequest.Money>> {
        @Override
        public boolean isValid(List<ProjectRequest.Money> shares, ConstraintValidatorContext context) {
            if (shares == null) {
                return true;
            }
            BigDecimal total = shares.stream().filter(Objects::nonNull).map(m -> m.amount)
                    .filter(a -> a != null && a.matches(ProjectRequest.MONEY)).map(BigDecimal::new)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return total.compareTo(MAX) <= 0;
        }
    }
}
