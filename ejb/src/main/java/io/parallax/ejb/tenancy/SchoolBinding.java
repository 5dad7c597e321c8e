package io.parallax.ejb.tenancy;

import io.parallax.domain.tenancy.CurrentSchool;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Binds the caller's school around a {@link SchoolBound} service call. A call made while a school
 * is already bound (a service calling another, or a job working school by school) keeps that
 * binding; either way the transaction is claimed for that school ({@link TransactionSchool}).
 */
@SchoolBound
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SchoolBinding {

  @Inject CallerSchool callerSchool;
  @Inject TransactionSchool transactionSchool;

  @AroundInvoke
  public Object bind(InvocationContext call) throws Exception {
    String school = CurrentSchool.id().orElseGet(callerSchool::id);
    transactionSchool.claim(school);
    return CurrentSchool.callAs(school, call::proceed);
  }
}
