package io.parallax.ejb.tenancy;

import io.parallax.domain.tenancy.CurrentSchool;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Binds the caller's school around a {@link SchoolBound} service call. A call made while a school
 * is already bound (a service calling another, or a job working school by school) keeps that
 * binding. Hibernate fixes a session's school when a transaction first touches it, so the first
 * school a transaction works for is remembered, and a call for another school in the same
 * transaction is refused rather than served with the first school's data.
 */
@SchoolBound
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SchoolBinding {

  private static final String TRANSACTION_SCHOOL = SchoolBinding.class.getName() + ".school";

  @Inject CallerSchool callerSchool;

  @Resource TransactionSynchronizationRegistry transaction;

  @AroundInvoke
  public Object bind(InvocationContext call) throws Exception {
    String school = CurrentSchool.id().orElseGet(callerSchool::id);
    claimTransactionFor(school);
    return CurrentSchool.callAs(school, call::proceed);
  }

  private void claimTransactionFor(String school) {
    if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return;
    }
    Object claimed = transaction.getResource(TRANSACTION_SCHOOL);
    if (claimed == null) {
      transaction.putResource(TRANSACTION_SCHOOL, school);
    } else if (!claimed.equals(school)) {
      throw new IllegalStateException(
          "This transaction already works for school '"
              + claimed
              + "'; work for school '"
              + school
              + "' must run in a transaction of its own.");
    }
  }
}
