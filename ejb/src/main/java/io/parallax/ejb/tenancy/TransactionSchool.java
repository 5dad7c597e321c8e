package io.parallax.ejb.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The school a transaction works for. Hibernate fixes a session's school when a transaction first
 * touches it, so the first service call in a transaction claims it for its school (or for no
 * school, for platform work), and a later call for another school is refused rather than served
 * with the first one's session.
 */
@ApplicationScoped
public class TransactionSchool {

  private static final String KEY = TransactionSchool.class.getName();

  @Resource TransactionSynchronizationRegistry transaction;

  void claim(String school) {
    if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return;
    }
    Object claimed = transaction.getResource(KEY);
    if (claimed == null) {
      transaction.putResource(KEY, school);
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
