package io.arsim.importer.inventory;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Azure resource ids, as ARM writes them:
 * {@code /subscriptions/{sub}/resourceGroups/{rg}/providers/{namespace}/{type}/{name}[/{childType}/{childName}]...}.
 * Ids compare case-insensitively (ARM treats them so); {@link #key} gives the form to index by.
 */
@API(status = INTERNAL, since = "0.2")
public final class ResourceIds {
  private ResourceIds() {}

  /** The id of a resource group. */
  public static String resourceGroupId(String subscriptionId, String resourceGroup) {
    return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup;
  }

  /**
   * The id of a resource: {@code type} is the full type ({@code Microsoft.Network/virtualNetworks/subnets})
   * and {@code names} one name per type segment after the namespace.
   *
   * @throws IllegalArgumentException when the number of names does not match the type
   */
  public static String of(String resourceGroupId, String type, List<String> names) {
    String[] segments = type.split("/");
    if (segments.length < 2 || segments.length - 1 != names.size()) {
      throw new IllegalArgumentException("type " + type + " needs " + Math.max(segments.length - 1, 1)
          + " name segment(s), found " + names.size() + " (" + String.join("/", names) + ")");
    }
    StringBuilder id = new StringBuilder(resourceGroupId).append("/providers/").append(segments[0]);
    for (int i = 1; i < segments.length; i++) {
      id.append('/').append(segments[i]).append('/').append(names.get(i - 1));
    }
    return id.toString();
  }

  /** The id of a child: {@code parentId/childSegment/name}, where childSegment is the last type segment. */
  public static String child(String parentId, String childType, String name) {
    String segment = childType.substring(childType.lastIndexOf('/') + 1);
    return parentId + "/" + segment + "/" + name;
  }

  /** The lower-case form ids are indexed by. */
  public static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** The segments after {@code /providers/}: namespace, type, name, [childType, childName, ...]. */
  private static List<String> providerSegments(String id) {
    int at = id.toLowerCase(Locale.ROOT).lastIndexOf("/providers/");
    if (at < 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>(List.of(id.substring(at + "/providers/".length()).split("/")));
    out.removeIf(String::isEmpty);
    return out;
  }

  /** Whether {@code id} looks like a resource id (has a provider namespace, a type and a name). */
  public static boolean isResourceId(String id) {
    List<String> segments = providerSegments(id);
    return id.startsWith("/") && segments.size() >= 3 && segments.size() % 2 == 1;
  }

  /** The resource type the id names, e.g. {@code Microsoft.Network/virtualNetworks/subnets}; empty if none. */
  public static String type(String id) {
    List<String> segments = providerSegments(id);
    if (segments.size() < 3) {
      return "";
    }
    StringBuilder type = new StringBuilder(segments.get(0));
    for (int i = 1; i < segments.size(); i += 2) {
      type.append('/').append(segments.get(i));
    }
    return type.toString();
  }

  /** The resource's own name: the last name segment; empty if none. */
  public static String name(String id) {
    List<String> segments = providerSegments(id);
    return segments.size() < 3 ? "" : segments.get(segments.size() - 1);
  }

  /** The parent resource's id for a child resource; empty for a top-level resource. */
  public static String parent(String id) {
    List<String> segments = providerSegments(id);
    if (segments.size() < 5) {
      return "";
    }
    int cut = id.length();
    for (int i = 0; i < 2; i++) {
      cut = id.lastIndexOf('/', cut - 1);
    }
    return id.substring(0, cut);
  }

  /** The resource group name in the id; empty if none. */
  public static String resourceGroup(String id) {
    return segmentAfter(id, "resourcegroups");
  }

  /** The subscription id in the id; empty if none. */
  public static String subscription(String id) {
    return segmentAfter(id, "subscriptions");
  }

  private static String segmentAfter(String id, String lowerName) {
    String[] parts = id.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].toLowerCase(Locale.ROOT).equals(lowerName)) {
        return parts[i + 1];
      }
    }
    return "";
  }
}
