package io.parallax.web.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text that is there and not blank, for request records: {@code @NotBlank} composed, for the reason
 * given on {@link Between} (Payara's OpenAPI generator fails on {@code @NotBlank}, {@code @Size},
 * {@code @Min} and the like on a record's constructor parameters).
 */
@Documented
@Constraint(validatedBy = {})
@NotBlank
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Filled {

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
