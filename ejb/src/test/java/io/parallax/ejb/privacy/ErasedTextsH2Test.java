package io.parallax.ejb.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.persistence.H2Schools;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each SQL update that clears an erased member's texts runs against the migrated schema. */
class ErasedTextsH2Test {

  @Test
  void everyClearingUpdateRunsOnTheSchema() throws Exception {
    try (H2Schools db = H2Schools.open()) {
      int cleared =
          db.inSchool(
              "mine",
              em -> {
                int rows = 0;
                for (String update : Erasure.CLEARED_TEXTS) {
                  rows +=
                      em.createNativeQuery(update)
                          .setParameter(1, "mine")
                          .setParameter(2, UUID.randomUUID())
                          .executeUpdate();
                }
                return rows;
              });

      assertThat(cleared).isZero();
    }
  }
}
