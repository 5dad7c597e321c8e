package io.parallax.web.supervision;

import io.parallax.ejb.supervision.SuperviseeCase;
import io.parallax.ejb.supervision.SupervisionSessions;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A picker of a supervisee's cases as a form offers it: one group per client (the client itself
 * first, then its sessions, latest first), labels that tell the sessions apart. The database picks
 * the cases: a date range (by default since the last supervision session), a search on the client
 * code and a limit the supervisor can raise ("show more"). What was chosen stays offered when the
 * range or the search changes, so a choice is never lost or refused for being out of view.
 */
public final class CasePicker implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many clients and sessions the picker lists at first, and how many more each time. */
  public static final int STEP = 50;

  private String search;
  private int limit = STEP;
  private final Map<String, SuperviseeCase> offered = new HashMap<>();

  /**
   * The items of the picker: {@code found} (what the database answered) plus whatever of {@code
   * chosen} it does not hold; a chosen case this picker never offered is shown with {@code
   * elsewhere} as its label.
   */
  public List<SelectItem> items(
      List<SuperviseeCase> found,
      String[] chosen,
      Function<SuperviseeCase, String> label,
      boolean sessionsOnly,
      String elsewhere) {
    found.forEach(c -> offered.put(c.id().toString(), c));
    Set<String> shown = found.stream().map(c -> c.id().toString()).collect(Collectors.toSet());
    List<SuperviseeCase> cases = new ArrayList<>(found);
    List<SelectItem> unknown = new ArrayList<>();
    for (String id : chosen == null ? new String[0] : chosen) {
      if (shown.contains(id)) {
        continue;
      }
      SuperviseeCase known = offered.get(id);
      if (known != null) {
        cases.add(known);
      } else {
        unknown.add(new SelectItem(id, elsewhere));
      }
    }
    List<SelectItem> groups = groups(cases, label, sessionsOnly);
    if (!unknown.isEmpty()) {
      SelectItemGroup group = new SelectItemGroup(elsewhere);
      group.setSelectItems(unknown.toArray(SelectItem[]::new));
      groups.add(group);
    }
    return groups;
  }

  /** Lists more: {@link #STEP} more, up to what one answer may hold. */
  public void showMore() {
    limit = Math.min(limit + STEP, SupervisionSessions.MAX_PICKABLE);
  }

  /** Whether the supervisor can still ask for more (else they narrow the dates or the search). */
  public boolean canShowMore() {
    return limit < SupervisionSessions.MAX_PICKABLE;
  }

  /** Starts over for another supervisee: no search, the first {@link #STEP}. */
  public void reset() {
    search = null;
    limit = STEP;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public int getLimit() {
    return limit;
  }

  /** Groups by client code; {@code sessionsOnly} leaves out the clients themselves (evidence). */
  public static List<SelectItem> groups(
      List<SuperviseeCase> cases, Function<SuperviseeCase, String> label, boolean sessionsOnly) {
    Map<String, List<SelectItem>> byClient = new LinkedHashMap<>();
    cases.stream()
        .sorted(
            Comparator.comparing(SuperviseeCase::clientCode)
                .thenComparing(c -> c.kind() == SuperviseeCase.Kind.CLIENT ? 0 : 1)
                .thenComparing(
                    SuperviseeCase::heldOn, Comparator.nullsFirst(Comparator.reverseOrder())))
        .filter(c -> !sessionsOnly || c.kind() == SuperviseeCase.Kind.SESSION)
        .forEach(
            c ->
                byClient
                    .computeIfAbsent(c.clientCode(), k -> new ArrayList<>())
                    .add(new SelectItem(c.id().toString(), label.apply(c))));
    List<SelectItem> groups = new ArrayList<>();
    byClient.forEach(
        (client, items) -> {
          SelectItemGroup group = new SelectItemGroup(client);
          group.setSelectItems(items.toArray(SelectItem[]::new));
          groups.add(group);
        });
    return groups;
  }
}
