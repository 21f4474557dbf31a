package io.arsim.importer.inventory;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One Azure resource in ARM's shape, whatever it was read from.
 *
 * <p>The JSON trees are owned by the resource once it is built: callers read them and never change
 * them (Jackson has no read-only trees; copying every tree of a 50 MB template would double the memory).
 *
 * @param type the resource type as ARM spells it, e.g. {@code Microsoft.Network/virtualNetworks/subnets}
 * @param id the resolved resource id
 * @param name the resource's own name (the last segment of the id: {@code workload}, not {@code spoke/workload})
 * @param location the Azure region; empty for child resources and when not given
 * @param kind ARM's {@code kind}, e.g. {@code RouteServer}; empty when not given
 * @param sku ARM's top-level {@code sku}; a null node when not given
 * @param properties ARM's {@code properties} object; child collections that are resources of their
 *     own (subnets, peerings, routes, circuit peerings) are separate resources, not kept here
 * @param origin where the resource was declared or found
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AzureResource(
    String type,
    String id,
    String name,
    String location,
    String kind,
    JsonNode sku,
    ObjectNode properties,
    ResourceOrigin origin) {

  public AzureResource {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(kind, "kind");
    sku = sku == null ? NullNode.getInstance() : sku;
    Objects.requireNonNull(properties, "properties");
    Objects.requireNonNull(origin, "origin");
  }

  /** The value at {@code pointer} inside {@link #properties}; a missing node when there is none. */
  public JsonNode property(String pointer) {
    return properties.at(pointer);
  }

  /** The text at {@code pointer} inside the properties, or empty. */
  public String text(String pointer) {
    JsonNode node = properties.at(pointer);
    return node.isValueNode() && !node.isNull() ? node.asText() : "";
  }

  /** The resource group the id names. */
  public String resourceGroup() {
    return ResourceIds.resourceGroup(id);
  }

  /** The parent's id for a child resource ({@code .../virtualNetworks/spoke} for a subnet); empty otherwise. */
  public String parentId() {
    return ResourceIds.parent(id);
  }

  /** This resource with other properties. */
  public AzureResource withProperties(ObjectNode newProperties) {
    return new AzureResource(type, id, name, location, kind, sku, newProperties, origin);
  }

  /** Whether this resource is of {@code otherType} (ignoring case, as ARM does). */
  public boolean is(String otherType) {
    return type.equalsIgnoreCase(otherType);
  }
}
