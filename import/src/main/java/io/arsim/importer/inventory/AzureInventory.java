package io.arsim.importer.inventory;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The Azure resources one import found, in ARM's shape and sorted by id, with notes on what was
 * skipped and the problems met. Lookups by id, type and parent are indexed (ids compare ignoring
 * case, as in ARM), so mapping a large inventory stays linear.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class AzureInventory {
  private final List<AzureResource> resources;
  private final List<ImportNote> notes;
  private final List<Problem> problems;
  private final Map<String, AzureResource> byId = new HashMap<>();
  private final Map<String, List<AzureResource>> byType = new HashMap<>();
  private final Map<String, List<AzureResource>> byParent = new HashMap<>();

  /**
   * An inventory; resources are sorted by id, notes and problems keep their order.
   *
   * @throws IllegalArgumentException when two resources have the same id
   */
  public AzureInventory(List<AzureResource> resources, List<ImportNote> notes, List<Problem> problems) {
    this.resources = InventoryOrder.sortById(resources);
    this.notes = List.copyOf(notes);
    this.problems = List.copyOf(problems);
    for (AzureResource resource : this.resources) {
      if (byId.put(ResourceIds.key(resource.id()), resource) != null) {
        throw new IllegalArgumentException("two resources with id " + resource.id());
      }
      byType.computeIfAbsent(resource.type().toLowerCase(Locale.ROOT), t -> new ArrayList<>()).add(resource);
      String parent = resource.parentId();
      if (!parent.isEmpty()) {
        byParent.computeIfAbsent(ResourceIds.key(parent), t -> new ArrayList<>()).add(resource);
      }
    }
  }

  /** Every resource, sorted by id. */
  public List<AzureResource> resources() {
    return resources;
  }

  /** What was skipped or left for later, in the order found. */
  public List<ImportNote> notes() {
    return notes;
  }

  /** The problems met, errors and warnings, with their places. */
  public List<Problem> problems() {
    return problems;
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * This inventory when it has no errors.
   *
   * @throws ImportException listing every problem when there is an error
   */
  public AzureInventory orThrow(String source) {
    if (hasErrors()) {
      throw new ImportException(source, problems);
    }
    return this;
  }

  /** The resource with {@code id} (ignoring case). */
  public Optional<AzureResource> resource(String id) {
    return Optional.ofNullable(byId.get(ResourceIds.key(id)));
  }

  /** The resources of {@code type} (ignoring case), sorted by id. */
  public List<AzureResource> ofType(String type) {
    return Collections.unmodifiableList(byType.getOrDefault(type.toLowerCase(Locale.ROOT), List.of()));
  }

  /** The children of {@code parentId} of {@code childType}, sorted by id. */
  public List<AzureResource> children(String parentId, String childType) {
    return byParent.getOrDefault(ResourceIds.key(parentId), List.of()).stream()
        .filter(r -> r.is(childType)).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AzureInventory that && resources.equals(that.resources) && notes.equals(that.notes)
        && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resources, notes, problems);
  }

  @Override
  public String toString() {
    return "AzureInventory[" + resources.size() + " resources, " + notes.size() + " notes, " + problems.size()
        + " problems]";
  }
}
