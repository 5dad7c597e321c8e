package io.parallax.web.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A whole number from {@code min} to {@code max}, for request records. It stands in for
 * {@code @Min} plus {@code @Max} on record components: Payara's OpenAPI generator fails (500 on
 * {@code /openapi}) when it meets those on a record's constructor parameters, and does not look
 * into a composed constraint like this one.
 */
@Documented
@Constraint(validatedBy = {})
@Min(0)
@Max(Long.MAX_VALUE)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Between {

  @OverridesAttribute(constraint = Min.class, name = "value")
  long min();

  @OverridesAttribute(constraint = Max.class, name = "value")
  long max();

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
