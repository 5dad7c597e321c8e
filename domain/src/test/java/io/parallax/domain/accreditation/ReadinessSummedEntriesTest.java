package io.parallax.domain.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.practice.PaymentBasis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The database may hand {@link Readiness} a day's entries alike in all but minutes as one entry
 * with their minutes summed, in any order: every requirement comes out the same.
 */
class ReadinessSummedEntriesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  /** ICF ACC with a cap of 10 group hours, so the cap's order matters. */
  private static final Figures CAPPED =
      new Figures(100, 75, 8, 25, 18, 10, 3, 3, null, null, null, 10);

  private static final Figures EMCC =
      new Figures(100, null, 10, null, null, null, null, null, 3, 3, 16, null);

  @Test
  void summedAndShuffledEntriesGiveTheSameProgress() {
    Random random = new Random(17);
    for (int round = 0; round < 200; round++) {
      List<HourEntry> entries = entries(random);
      List<HourEntry> shuffled = new ArrayList<>(summed(entries));
      Collections.shuffle(shuffled, random);

      for (Figures figures : List.of(CAPPED, EMCC)) {
        assertThat(Readiness.assess(figures, shuffled, null, TODAY))
            .as("round %d", round)
            .isEqualTo(Readiness.assess(figures, entries, null, TODAY));
      }
    }
  }

  private static List<HourEntry> entries(Random random) {
    List<HourEntry> entries = new ArrayList<>();
    HourStatus[] statuses = HourStatus.values();
    for (int i = 0; i < 60; i++) {
      LocalDate on = TODAY.minusDays(random.nextInt(40) * 20L);
      HourStatus status = statuses[random.nextInt(statuses.length)];
      int minutes = 15 + random.nextInt(120);
      HourEntry entry =
          switch (random.nextInt(4)) {
            case 0 ->
                HourEntry.clientSession(
                    on,
                    minutes,
                    random.nextBoolean() ? PaymentBasis.PAID : PaymentBasis.PRO_BONO,
                    "C" + random.nextInt(5),
                    random.nextBoolean() ? 1 : 2 + random.nextInt(4));
            case 1 -> HourEntry.mentorCoaching(on, minutes, random.nextBoolean());
            case 2 -> HourEntry.supervision(on, minutes);
            default -> HourEntry.cpd(on, minutes);
          };
      entries.add(entry.withStatus(status));
    }
    return entries;
  }

  private static List<HourEntry> summed(List<HourEntry> entries) {
    Map<HourEntry, Integer> minutes = new LinkedHashMap<>();
    for (HourEntry e : entries) {
      minutes.merge(e.withMinutes(0), e.minutes(), Integer::sum);
    }
    return minutes.entrySet().stream().map(m -> m.getKey().withMinutes(m.getValue())).toList();
  }
}
