package io.parallax.domain.analysis;

import static io.parallax.domain.DomainRuleViolation.require;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which instance of a cluster produces a piece of once-per-cluster work (an export's file), and
 * until when: the holder renews the lease as it works; when its node dies the lease runs out and
 * another instance may claim the work. An unclaimed lease (no holder) may be claimed at once.
 */
@Embeddable
public class ProductionLease {

  @Column(name = "claimed_by", length = 120)
  private String claimedBy;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  protected ProductionLease() {}

  /** A lease held by {@code instance} from {@code now} for {@code duration}. */
  public static ProductionLease heldBy(String instance, Instant now, Duration duration) {
    ProductionLease lease = new ProductionLease();
    lease.grant(instance, now, duration);
    return lease;
  }

  /**
   * Whether another instance may claim the work at {@code now}: no holder, or its lease ran out.
   */
  public boolean openAt(Instant now) {
    return claimedBy == null || leaseUntil == null || leaseUntil.isBefore(now);
  }

  /** Whether {@code instance} holds the lease at {@code now}. */
  public boolean heldBy(String instance, Instant now) {
    return instance != null && instance.equals(claimedBy) && !leaseUntil.isBefore(now);
  }

  /**
   * {@code instance} claims the work at {@code now}: false, and nothing changes, while another
   * instance's lease runs. A holder claiming again renews.
   */
  public boolean claim(String instance, Instant now, Duration duration) {
    if (!openAt(now) && !instance.equals(claimedBy)) {
      return false;
    }
    grant(instance, now, duration);
    return true;
  }

  /**
   * The holder renews at {@code now}: false if {@code instance} no longer holds the work (another
   * instance claimed it after this one's lease ran out), and then it must stop. A holder whose
   * lease ran out but whom no one replaced keeps the work.
   */
  public boolean renew(String instance, Instant now, Duration duration) {
    if (instance == null || !instance.equals(claimedBy)) {
      return false;
    }
    grant(instance, now, duration);
    return true;
  }

  public Optional<String> claimedBy() {
    return Optional.ofNullable(claimedBy);
  }

  public Optional<Instant> leaseUntil() {
    return Optional.ofNullable(leaseUntil);
  }

  private void grant(String instance, Instant now, Duration duration) {
    require(instance != null && !instance.isBlank(), "claimedBy", "productionLease.claimedBy");
    require(now != null, "leaseUntil", "productionLease.leaseUntil");
    require(
        duration != null && !duration.isNegative() && !duration.isZero(),
        "lease",
        "productionLease.lease");
    this.claimedBy = instance;
    this.leaseUntil = now.plus(duration);
  }
}
