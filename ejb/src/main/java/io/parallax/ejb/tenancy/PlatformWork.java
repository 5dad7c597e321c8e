package io.parallax.ejb.tenancy;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service that works on platform records (schools themselves) rather than for one school.
 * Its transaction is claimed for the school bound at the time, or for no school, so that school
 * work never joins a transaction whose session was opened without a school.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PlatformWork {}
