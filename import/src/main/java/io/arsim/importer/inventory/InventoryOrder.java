package io.arsim.importer.inventory;

import io.arsim.core.problem.Problem;
import java.util.Comparator;
import java.util.Locale;

/** The orders inventories keep, so the same input always gives the same output. */
final class InventoryOrder {
  private InventoryOrder() {}

  static final Comparator<AzureResource> RESOURCES = Comparator
      .comparing((AzureResource r) -> r.id().toLowerCase(Locale.ROOT))
      .thenComparing(AzureResource::id);

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
