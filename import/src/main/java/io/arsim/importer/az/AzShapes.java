package io.arsim.importer.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.importer.inventory.ResourceTypes;
import java.util.Map;
import java.util.Set;

/**
 * The Azure CLI's shape of a resource and ARM's. The CLI flattens ARM's {@code properties} into the
 * resource ({@code az network vnet list} prints {@code addressSpace} next to {@code id}) and adds
 * {@code resourceGroup}; sub-resources (subnets, peerings, IP configurations, routes, ...) are
 * flattened the same way. {@link #unflatten} puts them back: the ARM envelope keys stay, everything
 * else goes into {@code properties}, recursively for the sub-resource arrays, and the CLI's
 * {@code resourceGroup} is dropped (the id holds it).
 */
final class AzShapes {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** ARM's resource envelope ("Resource declaration in ARM templates"); {@code sku} is handled per type. */
  static final Set<String> ENVELOPE = Set.of("id", "name", "type", "location", "etag", "tags", "kind", "zones",
      "identity", "extendedLocation", "managedBy", "plan", "systemData", "resourceGroup");

  /** Types whose {@code sku} is a property in ARM, not an envelope key. */
  private static final Set<String> SKU_IN_PROPERTIES = Set.of(ResourceTypes.VIRTUAL_HUB.toLowerCase(),
      ResourceTypes.VIRTUAL_NETWORK_GATEWAY.toLowerCase());

  /** Arrays whose elements are sub-resources (id, name, properties) in ARM. */
  private static final Set<String> SUB_RESOURCE_ARRAYS = Set.of("subnets", "virtualNetworkPeerings",
      "ipConfigurations", "routes", "peerings", "frontendIPConfigurations", "frontendIpConfigurations",
      "backendAddressPools", "loadBalancingRules", "probes", "inboundNatRules", "outboundRules", "bgpConnections",
      "networkInterfaces", "securityRules", "connections", "authorizations", "loadBalancerBackendAddresses");

  private static final Set<String> SUB_RESOURCE_ENVELOPE = Set.of("id", "name", "type", "etag");

  private AzShapes() {}

  /** The envelope and properties of a flattened CLI resource. */
  record Split(ObjectNode envelope, ObjectNode properties) {}

  static Split unflatten(ObjectNode resource, String type) {
    ObjectNode envelope = JSON.objectNode();
    ObjectNode properties = JSON.objectNode();
    boolean skuInProperties = SKU_IN_PROPERTIES.contains(type.toLowerCase());
    for (Map.Entry<String, JsonNode> field : resource.properties()) {
      String key = field.getKey();
      if (ENVELOPE.contains(key) || key.equals("sku") && !skuInProperties) {
        envelope.set(key, field.getValue());
      } else {
        properties.set(key, inner(key, field.getValue()));
      }
    }
    return new Split(envelope, properties);
  }

  /** A property value: sub-resource arrays unflattened, references without the CLI's resourceGroup. */
  private static JsonNode inner(String key, JsonNode value) {
    if (value.isArray() && SUB_RESOURCE_ARRAYS.contains(key)) {
      ArrayNode out = JSON.arrayNode(value.size());
      for (JsonNode element : value) {
        out.add(element.isObject() && !element.has("properties") ? subResource((ObjectNode) element)
            : clean(element));
      }
      return out;
    }
    return clean(value);
  }

  private static JsonNode subResource(ObjectNode element) {
    ObjectNode out = JSON.objectNode();
    ObjectNode properties = JSON.objectNode();
    for (Map.Entry<String, JsonNode> field : element.properties()) {
      String key = field.getKey();
      if (SUB_RESOURCE_ENVELOPE.contains(key)) {
        out.set(key, field.getValue());
      } else if (!key.equals("resourceGroup")) {
        properties.set(key, inner(key, field.getValue()));
      }
    }
    if (!properties.isEmpty()) {
      out.set("properties", properties);
    }
    return out;
  }

  /** The value without the CLI's {@code resourceGroup} next to an {@code id}; unchanged values are shared. */
  static JsonNode clean(JsonNode value) {
    if (value.isObject()) {
      boolean reference = value.has("id") && value.has("resourceGroup");
      ObjectNode out = null;
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        JsonNode cleaned = reference && field.getKey().equals("resourceGroup") ? null
            : inner(field.getKey(), field.getValue());
        if (out == null && cleaned != field.getValue()) {
          out = JSON.objectNode();
          for (Map.Entry<String, JsonNode> before : value.properties()) {
            if (before.getKey().equals(field.getKey())) {
              break;
            }
            out.set(before.getKey(), before.getValue());
          }
        }
        if (out != null && cleaned != null) {
          out.set(field.getKey(), cleaned);
        }
      }
      return out == null ? value : out;
    }
    if (value.isArray()) {
      ArrayNode out = null;
      for (int i = 0; i < value.size(); i++) {
        JsonNode cleaned = clean(value.get(i));
        if (out == null && cleaned != value.get(i)) {
          out = JSON.arrayNode();
          for (int j = 0; j < i; j++) {
            out.add(value.get(j));
          }
        }
        if (out != null) {
          out.add(cleaned);
        }
      }
      return out == null ? value : out;
    }
    return value;
  }

  /** The command that prints resources of {@code type}, for messages and detection. */
  static String command(String type) {
    switch (ResourceTypes.normalise(type)) {
      case ResourceTypes.VIRTUAL_NETWORK:
        return "az network vnet list";
      case ResourceTypes.VIRTUAL_HUB:
        return "az network routeserver list";
      case ResourceTypes.BGP_CONNECTION:
        return "az network routeserver peering list";
      case ResourceTypes.NETWORK_INTERFACE:
        return "az network nic list";
      case ResourceTypes.ROUTE_TABLE:
        return "az network route-table list";
      case ResourceTypes.VIRTUAL_NETWORK_GATEWAY:
        return "az network vnet-gateway list";
      case ResourceTypes.EXPRESS_ROUTE_CIRCUIT:
        return "az network express-route list";
      case ResourceTypes.EXPRESS_ROUTE_PEERING:
        return "az network express-route peering list";
      case ResourceTypes.LOAD_BALANCER:
        return "az network lb list";
      case ResourceTypes.VIRTUAL_MACHINE:
        return "az vm list";
      case ResourceTypes.SUBNET:
        return "az network vnet subnet list";
      case ResourceTypes.PEERING:
        return "az network vnet peering list";
      case ResourceTypes.ROUTE:
        return "az network route-table route list";
      case ResourceTypes.CONNECTION:
        return "az network vpn-connection list";
      case ResourceTypes.LOCAL_NETWORK_GATEWAY:
        return "az network local-gateway list";
      default:
        return "a list of " + type;
    }
  }
}
