package io.parallax.domain.accreditation;

import io.parallax.domain.practice.PaymentBasis;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One record that may count toward an accreditation requirement, reduced to what the arithmetic
 * needs: its kind, day, minutes and status, and for client sessions the payment basis, the client
 * (an opaque key, never a name) and the group size; for mentor coaching whether it was one-to-one.
 */
public record HourEntry(
    HourKind kind,
    LocalDate on,
    int minutes,
    HourStatus status,
    PaymentBasis basis,
    String client,
    int groupSize,
    boolean oneToOne)
    implements Serializable {

  public HourEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(status, "status");
    if (minutes < 0 || groupSize < 1) {
      throw new IllegalArgumentException("minutes >= 0 and groupSize >= 1");
    }
  }

  /**
   * A client session; {@code groupSize} 1 for an individual session. The factories make approved
   * entries (as the arithmetic takes them); {@link #withStatus} says where another one stands.
   */
  public static HourEntry clientSession(
      LocalDate on, int minutes, PaymentBasis basis, String client, int groupSize) {
    return new HourEntry(
        HourKind.CLIENT_SESSION,
        on,
        minutes,
        HourStatus.APPROVED,
        Objects.requireNonNull(basis, "basis"),
        Objects.requireNonNull(client, "client"),
        groupSize,
        groupSize == 1);
  }

  public static HourEntry mentorCoaching(LocalDate on, int minutes, boolean oneToOne) {
    return new HourEntry(
        HourKind.MENTOR_COACHING, on, minutes, HourStatus.APPROVED, null, null, 1, oneToOne);
  }

  public static HourEntry supervision(LocalDate on, int minutes) {
    return new HourEntry(
        HourKind.SUPERVISION, on, minutes, HourStatus.APPROVED, null, null, 1, false);
  }

  public static HourEntry cpd(LocalDate on, int minutes) {
    return new HourEntry(HourKind.CPD, on, minutes, HourStatus.APPROVED, null, null, 1, false);
  }

  /** The same entry with {@code status}. */
  public HourEntry withStatus(HourStatus status) {
    return new HourEntry(kind, on, minutes, status, basis, client, groupSize, oneToOne);
  }

  /** The same entry with {@code minutes} (e.g. a day's alike entries summed). */
  public HourEntry withMinutes(int minutes) {
    return new HourEntry(kind, on, minutes, status, basis, client, groupSize, oneToOne);
  }

  public boolean isGroup() {
    return kind == HourKind.CLIENT_SESSION && groupSize > 1;
  }

  public boolean isPaid() {
    return basis == PaymentBasis.PAID;
  }
}
