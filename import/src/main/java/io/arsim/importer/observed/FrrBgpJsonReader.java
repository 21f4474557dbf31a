package io.arsim.importer.observed;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads FRR's {@code show bgp ipv4 unicast json} (also {@code show ip bgp json}). Both shapes FRR
 * has printed are accepted:
 *
 * <ul>
 *   <li>{@code "routes": {"PREFIX": [path, ...]}}, each path flat: {@code valid}, {@code bestpath},
 *       {@code multipath} (booleans), {@code nexthops} ({@code ip}, {@code afi}, {@code used}),
 *       {@code path} (older releases: {@code aspath}), {@code weight}, {@code locPrf} (older:
 *       {@code localpref}), {@code metric} (older: {@code med}), {@code origin}, {@code peerId},
 *       {@code pathFrom};
 *   <li>{@code "routes": {"PREFIX": {"paths": [path, ...]}}} of {@code json detail} (FRR 8.5+):
 *       {@code aspath.string}, {@code bestpath.overall}, {@code peer.peerId}, {@code peer.type}.
 * </ul>
 *
 * Sources: FRR pull requests 7647 (the flat shape with {@code selectionReason}) and 12791 / 21035
 * (the {@code json detail} shape). IPv6 prefixes are skipped with a warning.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class FrrBgpJsonReader {
  /** The code of a problem in FRR JSON output. */
  public static final String BAD_JSON = "observed-frr-json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FrrBgpJsonReader() {}

  /** Reads {@code json}, the content of {@code file}. */
  public static ObservedBgpTable read(String file, String json) {
    List<Problem> problems = new ArrayList<>();
    List<ObservedRoute> routes = new ArrayList<>();
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      problems.add(Problem.error(BAD_JSON, "", "the file is not valid JSON: " + e.getOriginalMessage(),
              "save the output of \"vtysh -c 'show bgp ipv4 unicast json'\" unchanged")
          .located(new SourceLocation(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()), ""));
      return new ObservedBgpTable(file, routes, problems);
    }
    JsonNode table = root == null ? null : root.get("routes");
    if (table == null || !table.isObject()) {
      problems.add(Problem.error(BAD_JSON, "/routes", "there is no \"routes\" object; expected the output of FRR's"
              + " \"show bgp ipv4 unicast json\"", "collect it with: vtysh -c 'show bgp ipv4 unicast json'")
          .located(SourceLocation.ofFile(file), "routes"));
      return new ObservedBgpTable(file, routes, problems);
    }
    SourceLocation where = SourceLocation.ofFile(file);
    for (Map.Entry<String, JsonNode> entry : table.properties()) {
      String key = entry.getKey();
      String pointer = "/routes/" + key.replace("~", "~0").replace("/", "~1");
      if (key.indexOf(':') >= 0) {
        problems.add(Problem.warning(BAD_JSON, pointer, "IPv6 prefix " + key + " skipped; arsim compares IPv4 unicast", "")
            .located(where, "routes[" + key + "]"));
        continue;
      }
      Ipv4Prefix prefix;
      try {
        prefix = Ipv4Prefix.parse(key);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.warning(BAD_JSON, pointer, e.getMessage() + "; the route is skipped", "")
            .located(where, "routes[" + key + "]"));
        continue;
      }
      JsonNode value = entry.getValue();
      JsonNode paths = value.isArray() ? value : value.get("paths");
      String pathsPointer = value.isArray() ? pointer : pointer + "/paths";
      if (paths == null || !paths.isArray()) {
        problems.add(Problem.warning(BAD_JSON, pointer, "route " + key + " has no list of paths; the route is skipped",
            "").located(where, "routes[" + key + "]"));
        continue;
      }
      List<ObservedPath> out = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        ObservedPath path = path(paths.get(i), where, pathsPointer + "/" + i, problems, key);
        if (path != null) {
          out.add(path);
        }
      }
      routes.add(new ObservedRoute(prefix, out));
    }
    return new ObservedBgpTable(file, routes, problems);
  }

  private static @Nullable ObservedPath path(
      JsonNode p, SourceLocation where, String pointer, List<Problem> problems, String prefix) {
    try {
      JsonNode best = p.get("bestpath");
      boolean isBest = best != null && (best.isBoolean() ? best.asBoolean() : best.path("overall").asBoolean(false));
      JsonNode peerNode = p.get("peer");
      String peer = text(p, "peerId");
      if (peer == null && peerNode != null) {
        peer = text(peerNode, "peerId");
      }
      String from = text(p, "pathFrom");
      if (from == null && peerNode != null) {
        from = text(peerNode, "type");
      }
      return new ObservedPath(nextHop(p), asPath(p), p.path("valid").asBoolean(false), isBest,
          p.path("multipath").asBoolean(false), "internal".equals(from), p.path("ribFailure").asBoolean(false),
          p.path("suppressed").asBoolean(false), number(p, "weight"), firstNumber(p, "locPrf", "localpref"),
          firstNumber(p, "metric", "med"), origin(p), peer, where, pointer);
    } catch (IllegalArgumentException e) {
      problems.add(Problem.warning(BAD_JSON, pointer, "a path of " + prefix + " cannot be read: " + e.getMessage()
          + "; the path is skipped", "").located(where, "routes[" + prefix + "]"));
      return null;
    }
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable Long number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isNumber() ? null : v.asLong();
  }

  private static @Nullable Long firstNumber(JsonNode node, String field, String older) {
    Long v = number(node, field);
    return v != null ? v : number(node, older);
  }

  private static Ipv4Address nextHop(JsonNode p) {
    JsonNode hops = p.path("nexthops");
    String chosen = null;
    for (JsonNode hop : hops) {
      String ip = text(hop, "ip");
      boolean ipv4 = ip != null && ip.indexOf(':') < 0;
      if (ipv4 && (chosen == null || hop.path("used").asBoolean(false))) {
        chosen = ip;
      }
    }
    if (chosen == null) {
      throw new IllegalArgumentException("it has no IPv4 next hop in \"nexthops\"");
    }
    return Ipv4Address.parse(chosen);
  }

  private static AsPath asPath(JsonNode p) {
    JsonNode v = p.has("path") ? p.get("path") : p.get("aspath");
    String text = v == null ? "" : v.isObject() ? v.path("string").asText("") : v.asText("");
    return text.equals("Local") ? AsPath.EMPTY : AsPath.parse(text);
  }

  private static @Nullable Origin origin(JsonNode p) {
    String o = text(p, "origin");
    return o == null ? null : Origin.parse(o);
  }
}
