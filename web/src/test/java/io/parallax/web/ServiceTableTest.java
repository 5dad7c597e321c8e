package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.school.MemberRole;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class ServiceTableTest {

  @Test
  void aTablesSortAndFiltersBecomeOneListingByField() {
    Listing listing =
        ServiceTable.listing(
            40,
            20,
            Map.of("name", sort("name", SortOrder.DESCENDING)),
            Map.of(
                "name", filter("name", "ada"),
                "role", filter("role", MemberRole.TRAINEE),
                "email", filter("email", "")));

    assertThat(listing.first()).isEqualTo(40);
    assertThat(listing.size()).isEqualTo(20);
    assertThat(listing.sortBy()).isEqualTo("name");
    assertThat(listing.descending()).isTrue();
    assertThat(listing.filters())
        .containsOnly(Map.entry("name", "ada"), Map.entry("role", "TRAINEE"));
  }

  @Test
  void anUnsortedTableKeepsTheListsOwnOrder() {
    Listing listing =
        ServiceTable.listing(0, 10, Map.of("name", sort("name", SortOrder.UNSORTED)), Map.of());

    assertThat(listing.sortBy()).isNull();
    assertThat(listing.filters()).isEmpty();
  }

  @Test
  void theCountAsksOnlyForTheTotalAndARowIsFoundByItsKey() {
    List<Listing> asked = new ArrayList<>();
    ServiceTable<String> table =
        new ServiceTable<>(
            listing -> {
              asked.add(listing);
              return new Slice<>(List.of("a", "b"), 7);
            },
            row -> "key-" + row);

    int count = table.count(Map.of("name", filter("name", "x")));
    table.setWrappedData(table.load(0, 2, Map.of(), Map.of()));

    assertThat(count).isEqualTo(7);
    assertThat(asked.get(0).size()).isZero();
    assertThat(asked.get(0).filters()).containsEntry("name", "x");
    assertThat(table.getRowCount()).isEqualTo(7);
    assertThat(table.getRowData("key-b")).isEqualTo("b");
    assertThat(table.getRowKey("a")).isEqualTo("key-a");
  }

  private static SortMeta sort(String field, SortOrder order) {
    return SortMeta.builder().field(field).order(order).build();
  }

  private static FilterMeta filter(String field, Object value) {
    return FilterMeta.builder().field(field).filterValue(value).build();
  }

  @Test
  void aTableThatShowsRefusalsPassesAnswersOnAndTravelsWithTheSession() throws Exception {
    ServiceTable<String> table =
        ServiceTable.withRefusalsAt(
            "sessions:", listing -> new Slice<>(List.of("a"), 3), row -> "key-" + row);

    int count = table.count(Map.of());
    List<String> rows = table.load(0, 1, Map.of(), Map.of());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(table);
    }

    assertThat(count).isEqualTo(3);
    assertThat(rows).containsExactly("a");
    assertThat(table.getRowCount()).isEqualTo(3);
    assertThat(bytes.size()).isPositive();
  }
}
