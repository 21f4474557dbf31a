package io.arsim.importer.inventory;

import io.arsim.core.problem.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** The orders inventories keep, so the same input always gives the same output. */
final class InventoryOrder {
  private InventoryOrder() {}

  /** Resources by id ignoring case, then by id; each key is computed once. */
  static List<AzureResource> sortById(List<AzureResource> resources) {
    List<Map.Entry<String, AzureResource>> keyed = new ArrayList<>(resources.size());
    for (AzureResource r : resources) {
      keyed.add(Map.entry(r.id().toLowerCase(Locale.ROOT), r));
    }
    keyed.sort(Map.Entry.<String, AzureResource>comparingByKey().thenComparing(e -> e.getValue().id()));
    List<AzureResource> out = new ArrayList<>(keyed.size());
    keyed.forEach(e -> out.add(e.getValue()));
    return List.copyOf(out);
  }

  static final Comparator<ImportNote> NOTES = Comparator
      .comparing((ImportNote n) -> n.origin().file())
      .thenComparingInt(n -> n.origin().line())
      .thenComparingInt(n -> n.origin().column())
      .thenComparing(n -> n.origin().pointer())
      .thenComparing(ImportNote::message);

  static final Comparator<Problem> PROBLEMS = Comparator
      .comparing((Problem p) -> p.location() == null ? "" : p.location().file())
      .thenComparingInt(p -> p.location() == null ? 0 : p.location().line())
      .thenComparingInt(p -> p.location() == null ? 0 : p.location().column())
      .thenComparing(Problem::message);
}
