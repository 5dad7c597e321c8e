package io.parallax.ejb.tenancy;

import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.domain.tenancy.SchoolTenantResolver;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Claims a {@link PlatformWork} call's transaction for the school it runs under, if any. */
@PlatformWork
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PlatformWorkClaim {

  @Inject TransactionSchool transactionSchool;

  @AroundInvoke
  public Object claim(InvocationContext call) throws Exception {
    transactionSchool.claim(CurrentSchool.id().orElse(SchoolTenantResolver.NO_SCHOOL));
    return call.proceed();
  }
}
