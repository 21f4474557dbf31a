package io.arsim.importer.inventory;

import static org.apiguardian.api.API.Status.INTERNAL;

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

  /** Where the text after the last {@code /providers/} starts (ignoring case), or -1. */
  private static int afterProviders(String id) {
    for (int i = id.length() - "/providers/".length(); i >= 0; i--) {
      if (id.charAt(i) == '/' && id.regionMatches(true, i, "/providers/", 0, "/providers/".length())) {
        return i + "/providers/".length();
      }
    }
    return -1;
  }

  /** How many non-empty segments follow {@code /providers/}: namespace, type, name, [childType, childName, ...]. */
  private static int segmentCount(String id, int from) {
    int count = 0;
    boolean inSegment = false;
    for (int i = from; i < id.length(); i++) {
      boolean slash = id.charAt(i) == '/';
      if (!slash && !inSegment) {
        count++;
      }
      inSegment = !slash;
    }
    return count;
  }

  /** Whether {@code id} looks like a resource id (has a provider namespace, a type and a name). */
  public static boolean isResourceId(String id) {
    int from = afterProviders(id);
    if (from < 0 || !id.startsWith("/")) {
      return false;
    }
    int count = segmentCount(id, from);
    return count >= 3 && count % 2 == 1;
  }

  /** The resource type the id names, e.g. {@code Microsoft.Network/virtualNetworks/subnets}; empty if none. */
  public static String type(String id) {
    int from = afterProviders(id);
    if (from < 0) {
      return "";
    }
    String[] segments = id.substring(from).split("/");
    if (segments.length < 3) {
      return "";
    }
    StringBuilder type = new StringBuilder(segments[0]);
    for (int i = 1; i < segments.length; i += 2) {
      type.append('/').append(segments[i]);
    }
    return type.toString();
  }

  /** The resource's own name: the last name segment; empty if none. */
  public static String name(String id) {
    int from = afterProviders(id);
    if (from < 0 || segmentCount(id, from) < 3) {
      return "";
    }
    return id.substring(id.lastIndexOf('/') + 1);
  }

  /** The parent resource's id for a child resource; empty for a top-level resource. */
  public static String parent(String id) {
    int from = afterProviders(id);
    if (from < 0 || segmentCount(id, from) < 5) {
      return "";
    }
    int cut = id.lastIndexOf('/', id.lastIndexOf('/') - 1);
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
