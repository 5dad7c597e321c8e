package io.parallax.ejb.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Undoes work done in Keycloak when the database transaction it belongs to does not commit, so that
 * a provisioning step is all or nothing across both sides.
 */
@ApplicationScoped
public class Compensations {

  private static final Logger LOG = Logger.getLogger(Compensations.class.getName());

  @Resource TransactionSynchronizationRegistry transaction;

  /** Runs {@code undo} after the current transaction, unless it commits. */
  public void onRollback(String what, Runnable undo) {
    transaction.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              return;
            }
            try {
              undo.run();
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Could not undo in Keycloak: " + what, e);
            }
          }
        });
  }
}
