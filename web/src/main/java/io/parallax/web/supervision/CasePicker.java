package io.parallax.web.supervision;

import io.parallax.ejb.supervision.SuperviseeCase;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A supervisee's cases as a picker offers them: one group per client (the client itself first, then
 * its sessions, latest first), labels that tell the sessions apart. The page limits the cases to a
 * date range (by default since the last supervision session) and lets the supervisor search.
 */
public final class CasePicker {

  private CasePicker() {}

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
