package io.arsim.importer.inventory;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Collects the resources an importer finds into an {@link AzureInventory}, applying the rules every
 * source shares:
 *
 * <ul>
 *   <li>types are spelled as ARM spells them ({@link ResourceTypes#normalise});
 *   <li>resources a network design does not need are not kept: each gets a {@code skipped} note;
 *   <li>child collections that ARM also deploys as resources of their own are split out of their
 *       parent: {@code subnets} and {@code virtualNetworkPeerings} of a VNet, {@code routes} of a
 *       route table, {@code peerings} of an ExpressRoute circuit, {@code ipConfigurations} and
 *       {@code bgpConnections} of a virtual hub; so a subnet is the same inventory entry whether a
 *       template declared it inline, as a child resource or as a top-level resource;
 *   <li>the same id twice: an entry that carries only the id (a reference such as a hub's
 *       {@code bgpConnections: [{"id": ...}]}) gives way to the full one; two full entries keep the
 *       first, and note the second when it differs (an exported template declares each subnet both
 *       inside its VNet and as a resource, the same twice);
 *   <li>amendments (a Terraform association setting a subnet's route table) apply once everything is in.
 * </ul>
 */
@API(status = INTERNAL, since = "0.2")
public final class InventoryBuilder {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Parent type (lower case) to its child collections: property name and child type. */
  private static final Map<String, List<String[]>> CHILD_COLLECTIONS = Map.of(
      ResourceTypes.VIRTUAL_NETWORK.toLowerCase(Locale.ROOT), List.of(
          new String[] {"subnets", ResourceTypes.SUBNET},
          new String[] {"virtualNetworkPeerings", ResourceTypes.PEERING}),
      ResourceTypes.ROUTE_TABLE.toLowerCase(Locale.ROOT), List.<String[]>of(
          new String[] {"routes", ResourceTypes.ROUTE}),
      ResourceTypes.EXPRESS_ROUTE_CIRCUIT.toLowerCase(Locale.ROOT), List.<String[]>of(
          new String[] {"peerings", ResourceTypes.EXPRESS_ROUTE_PEERING}),
      ResourceTypes.VIRTUAL_HUB.toLowerCase(Locale.ROOT), List.of(
          new String[] {"ipConfigurations", ResourceTypes.HUB_IP_CONFIGURATION},
          new String[] {"bgpConnections", ResourceTypes.BGP_CONNECTION}));

  private final Map<String, AzureResource> resources = new LinkedHashMap<>();
  private final List<ImportNote> notes = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Amendment> amendments = new ArrayList<>();

  private record Amendment(String id, String what, ResourceOrigin origin, Consumer<ObjectNode> change) {}

  /** Adds a resource in ARM's shape; see the class description for what happens to it. */
  public void add(AzureResource resource) {
    String type = ResourceTypes.normalise(resource.type());
    if (!ResourceTypes.isDesignType(type)) {
      skip(type, resource.name(), resource.origin());
      return;
    }
    ObjectNode properties = resource.properties();
    ObjectNode kept = properties;
    List<String[]> collections = CHILD_COLLECTIONS.getOrDefault(type.toLowerCase(Locale.ROOT), List.of());
    List<AzureResource> children = new ArrayList<>();
    for (String[] collection : collections) {
      JsonNode items = properties.get(collection[0]);
      if (items == null || !items.isArray()) {
        continue;
      }
      for (int i = 0; i < items.size(); i++) {
        JsonNode item = items.get(i);
        if (!item.isObject()) {
          continue;
        }
        String childId = item.path("id").asText("");
        String childName = item.path("name").asText(childId.isEmpty() ? "" : ResourceIds.name(childId));
        if (childName.isEmpty()) {
          error("unnamed-child", resource.origin().within("/properties/" + collection[0] + "/" + i,
              resource.origin().location()), "an element of `" + collection[0] + "` of " + resource.name()
              + " has neither a name nor an id", "give every element a `name`");
          continue;
        }
        if (childId.isEmpty()) {
          childId = ResourceIds.child(resource.id(), collection[1], childName);
        }
        JsonNode childProperties = item.get("properties");
        children.add(new AzureResource(collection[1], childId, childName, "", "", null,
            childProperties != null && childProperties.isObject() ? (ObjectNode) childProperties : JSON.objectNode(),
            resource.origin().within("/properties/" + collection[0] + "/" + i, resource.origin().location())));
      }
      if (kept == properties) {
        kept = shallowCopy(properties);
      }
      kept.remove(collection[0]);
    }
    put(new AzureResource(type, resource.id(), resource.name(), resource.location(), resource.kind(),
        resource.sku(), kept, resource.origin()));
    children.forEach(this::add);
  }

  /** A new object with the same fields; the values are shared, not copied (nothing changes them). */
  private static ObjectNode shallowCopy(ObjectNode node) {
    ObjectNode copy = JSON.objectNode();
    node.properties().forEach(f -> copy.set(f.getKey(), f.getValue()));
    return copy;
  }

  private void put(AzureResource resource) {
    String key = ResourceIds.key(resource.id());
    AzureResource existing = resources.get(key);
    if (existing == null) {
      resources.put(key, resource);
    } else if (existing.properties().isEmpty() && !resource.properties().isEmpty()) {
      resources.put(key, resource);
    } else if (!resource.properties().isEmpty() && !resource.properties().equals(existing.properties())) {
      note("duplicate-resource", "duplicate: " + resource.type() + " '" + resource.name()
          + "' was already found at " + existing.origin() + "; this one is ignored", resource.origin());
    }
  }

  /** Records that a resource was not kept because a network design does not need it. */
  public void skip(String type, String name, ResourceOrigin origin) {
    note("skipped", "skipped: " + type + (name.isEmpty() ? "" : " '" + name + "'"), origin);
  }

  /** Records a note. */
  public void note(String code, String message, ResourceOrigin origin) {
    notes.add(new ImportNote(code, message, origin));
  }

  /** Records an error at {@code origin}. */
  public void error(String code, ResourceOrigin origin, String message, String fix) {
    problems.add(locate(Problem.error(code, origin.pointer(), message, fix), origin));
  }

  /** Records a warning at {@code origin}. */
  public void warning(String code, ResourceOrigin origin, String message, String fix) {
    problems.add(locate(Problem.warning(code, origin.pointer(), message, fix), origin));
  }

  /** Records a problem that already has its location. */
  public void problem(Problem problem) {
    problems.add(problem);
  }

  /** A problem placed at {@code origin}: its path is the Terraform address or the JSON pointer. */
  public static Problem locate(Problem problem, ResourceOrigin origin) {
    return problem.located(origin.location(), origin.address().isEmpty() ? origin.pointer() : origin.address());
  }

  /**
   * Changes the properties of resource {@code id} once every resource is in; an error when there is
   * no such resource.
   *
   * @param what what the change is, for the error, e.g. "route table association"
   */
  public void amend(String id, String what, ResourceOrigin origin, Consumer<ObjectNode> change) {
    amendments.add(new Amendment(id, what, origin, change));
  }

  /** Whether a resource with {@code id} was added (ignoring case). */
  public boolean has(String id) {
    return resources.containsKey(ResourceIds.key(id));
  }

  /** Whether an error was recorded. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** The inventory: resources sorted by id, notes and problems by place. */
  public AzureInventory build() {
    for (Amendment amendment : amendments) {
      AzureResource target = resources.get(ResourceIds.key(amendment.id()));
      if (target == null) {
        error("unresolved-reference", amendment.origin(), amendment.what() + " names " + amendment.id()
            + ", which is not among the imported resources", "import the file that declares it as well");
      } else {
        ObjectNode changed = target.properties().deepCopy();
        amendment.change().accept(changed);
        resources.put(ResourceIds.key(amendment.id()), target.withProperties(changed));
      }
    }
    amendments.clear();
    List<Problem> sortedProblems = new ArrayList<>(problems);
    sortedProblems.sort(InventoryOrder.PROBLEMS);
    List<ImportNote> sortedNotes = new ArrayList<>(notes);
    sortedNotes.sort(InventoryOrder.NOTES);
    return new AzureInventory(new ArrayList<>(resources.values()), sortedNotes, sortedProblems);
  }
}
