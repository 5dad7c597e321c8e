package io.parallax.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.ejb.supervision.SuperviseeCase;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A choice never falls out of the picker when the dates or the search change. */
class CasePickerTest {

  private static SuperviseeCase session(String client, LocalDate on) {
    return new SuperviseeCase(UUID.randomUUID(), SuperviseeCase.Kind.SESSION, client, on, 50, 75.0);
  }

  private static List<String> values(List<SelectItem> groups) {
    return groups.stream()
        .flatMap(g -> Arrays.stream(((SelectItemGroup) g).getSelectItems()))
        .map(i -> (String) i.getValue())
        .toList();
  }

  @Test
  void aChosenCaseStaysOfferedWhenTheSearchNoLongerFindsIt() {
    CasePicker picker = new CasePicker();
    SuperviseeCase early = session("PW-01", LocalDate.of(2026, 10, 1));
    SuperviseeCase late = session("QX-02", LocalDate.of(2026, 11, 19));
    picker.items(List.of(early, late), new String[0], c -> c.clientCode(), true, "elsewhere");
    String[] chosen = {early.id().toString()};

    List<SelectItem> narrowed = picker.items(List.of(late), chosen, c -> c.clientCode(), true, "x");

    assertThat(values(narrowed)).containsExactlyInAnyOrder(late.id().toString(), chosen[0]);
    assertThat(narrowed).extracting(SelectItem::getLabel).containsExactly("PW-01", "QX-02");
  }

  @Test
  void aChosenCaseItNeverOfferedIsKeptUnderItsOwnHeading() {
    CasePicker picker = new CasePicker();
    String cited = UUID.randomUUID().toString();

    List<SelectItem> items =
        picker.items(List.of(), new String[] {cited}, c -> c.clientCode(), true, "Chosen earlier");

    assertThat(items).extracting(SelectItem::getLabel).containsExactly("Chosen earlier");
    assertThat(values(items)).containsExactly(cited);
  }

  @Test
  void showMoreRaisesTheLimitUpToOneAnswer() {
    CasePicker picker = new CasePicker();
    assertThat(picker.getLimit()).isEqualTo(CasePicker.STEP);

    for (int i = 0; i < 10; i++) {
      picker.showMore();
    }

    assertThat(picker.getLimit()).isEqualTo(200);
    assertThat(picker.canShowMore()).isFalse();
    picker.reset();
    assertThat(picker.getLimit()).isEqualTo(CasePicker.STEP);
  }
}
