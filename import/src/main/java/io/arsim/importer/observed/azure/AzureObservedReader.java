package io.arsim.importer.observed.azure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.core.bgp.AsPath;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.importer.inventory.ImportException;
import io.arsim.importer.inventory.ImportFiles;
import io.arsim.importer.inventory.JsonLocator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads what Azure shows about a deployed design:
 *
 * <ul>
 *   <li>{@code az network routeserver peering list-learned-routes} and {@code list-advertised-routes}:
 *       {@code {"RouteServiceRole_IN_0": [...], "RouteServiceRole_IN_1": [...]}} with
 *       {@code localAddress}, {@code network}, {@code nextHop}, {@code sourcePeer} (learned routes only),
 *       {@code origin}, {@code asPath}, {@code weight};
 *   <li>the same from PowerShell, {@code Get-AzRouteServerPeerLearnedRoute | ConvertTo-Json} (and
 *       {@code ...AdvertisedRoute}): a flat array of both instances' routes with PascalCase names
 *       ({@code LocalAddress}, {@code Network}, ...), or a single object when there is one route;
 *   <li>a virtual network gateway's {@code az network vnet-gateway list-learned-routes}: {@code {"value":
 *       [...]}} with the same fields, every instance's routes (told apart by {@code localAddress}),
 *       and the gateway's own prefixes with origin {@code Network} and no next hop;
 *   <li>{@code az network nic show-effective-route-table}: {@code {"value": [{"source", "state",
 *       "addressPrefix": [...], "nextHopType", "nextHopIpAddress": [...], "disableBgpRoutePropagation",
 *       "name"}]}}.
 * </ul>
 *
 * <p>AS paths are read with ASNs separated by spaces or by {@code -} (both forms appear in Azure's
 * outputs). Every bad value is reported, with its place, in one {@link ImportException}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class AzureObservedReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final long maxInputBytes;

  /** A reader of files up to {@link ImportFiles#DEFAULT_MAX_INPUT_BYTES}. */
  public AzureObservedReader() {
    this(ImportFiles.DEFAULT_MAX_INPUT_BYTES);
  }

  /**
   * A reader of files up to {@code maxInputBytes} each (1 byte to 1 GiB).
   *
   * @since 0.2
   */
  public AzureObservedReader(long maxInputBytes) {
    if (maxInputBytes < 1 || maxInputBytes > ReadLimits.MAX_INPUT_BYTES_CEILING) {
      throw new IllegalArgumentException("the size limit must be 1 byte to 1 GiB, not " + maxInputBytes);
    }
    this.maxInputBytes = maxInputBytes;
  }

  /** Reads route server routes from a file. */
  public ObservedRouteServerRoutes readRouteServerRoutes(Path file) {
    return readRouteServerRoutes(file.toString(), bytes(file));
  }

  /** Reads route server routes held in memory; {@code fileName} names them in messages. */
  public ObservedRouteServerRoutes readRouteServerRoutes(String fileName, byte[] content) {
    Run run = new Run(fileName, content);
    JsonNode root = run.parse();
    List<ObservedRouteServerRoute> routes = new ArrayList<>();
    if (root.isObject() && (root.has("RouteServiceRole_IN_0") || root.has("RouteServiceRole_IN_1"))) {
      for (Map.Entry<String, JsonNode> field : root.properties()) {
        if (!field.getKey().startsWith("RouteServiceRole_")) {
          continue;
        }
        JsonNode list = field.getValue();
        for (int i = 0; i < list.size(); i++) {
          run.route(field.getKey(), list.get(i), "/" + JsonLocator.escape(field.getKey()) + "/" + i, routes);
        }
      }
    } else if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        run.route("", root.get(i), "/" + i, routes);
      }
    } else if (root.isObject() && root.path("value").isArray()) {
      // az network vnet-gateway list-learned-routes / list-advertised-routes: {"value": [...]}, every instance
      JsonNode list = root.get("value");
      for (int i = 0; i < list.size(); i++) {
        run.route("", list.get(i), "/value/" + i, routes);
      }
    } else if (root.isObject() && (root.has("Network") || root.has("network"))) {
      run.route("", root, "", routes);
    } else {
      run.error("", "expected the output of `az network routeserver peering list-learned-routes` (an object with"
          + " RouteServiceRole_IN_0 and RouteServiceRole_IN_1), of Get-AzRouteServerPeerLearnedRoute | ConvertTo-Json"
          + " or of `az network vnet-gateway list-learned-routes` (an object with value)",
          "save the command's output with -o json (az) or ConvertTo-Json (PowerShell)");
    }
    run.finish();
    return new ObservedRouteServerRoutes(fileName, routes);
  }

  /** Reads a NIC's effective routes from a file. */
  public ObservedEffectiveRoutes readEffectiveRoutes(Path file) {
    return readEffectiveRoutes(file.toString(), bytes(file));
  }

  /** Reads a NIC's effective routes held in memory; {@code fileName} names them in messages. */
  public ObservedEffectiveRoutes readEffectiveRoutes(String fileName, byte[] content) {
    Run run = new Run(fileName, content);
    JsonNode root = run.parse();
    JsonNode rows = root.isObject() ? root.path("value") : root;
    List<ObservedEffectiveRoute> routes = new ArrayList<>();
    if (!rows.isArray()) {
      run.error("", "expected the output of `az network nic show-effective-route-table` (an object with `value`)",
          "save the command's output with -o json");
    } else {
      String base = root.isObject() ? "/value/" : "/";
      for (int i = 0; i < rows.size(); i++) {
        run.effective(rows.get(i), base + i, routes);
      }
    }
    run.finish();
    return new ObservedEffectiveRoutes(fileName, routes);
  }

  /** Only a regular file within the size limit ({@link io.arsim.core.topology.file.InputFiles}). */
  private byte[] bytes(Path file) {
    return ImportFiles.read(file, "observed file", maxInputBytes);
  }

  /** One file being read: its problems, placed at the end. */
  private static final class Run {
    private final String file;
    private final byte[] content;
    private final List<Problem> problems = new ArrayList<>();

    Run(String file, byte[] content) {
      this.file = file;
      this.content = content;
    }

    JsonNode parse() {
      try {
        JsonNode root = MAPPER.readTree(content);
        if (root == null || root.isMissingNode()) {
          throw new ImportException(file, List.of(Problem.error("empty-file", "", "the file is empty",
              "save the command's output").located(SourceLocation.ofFile(file), "")));
        }
        return root;
      } catch (JsonProcessingException e) {
        throw new ImportException(file, List.of(ImportFiles.syntaxError(file, e, "save the command's output again")));
      } catch (IOException e) {
        throw new IllegalStateException("reading from memory does not fail", e);
      }
    }

    void route(String instance, JsonNode row, String pointer, List<ObservedRouteServerRoute> out) {
      int before = problems.size();
      Ipv4Address local = address(row, "localAddress", pointer, true);
      Ipv4Prefix network = prefix4(row, "network", pointer);
      // A gateway's own prefixes (origin Network) have no next hop; every other route has one.
      Ipv4Address nextHop = address(row, "nextHop", pointer, !text(row, "origin").equals("Network"));
      Ipv4Address source = address(row, "sourcePeer", pointer, false);
      String origin = text(row, "origin");
      AsPath path = AsPath.EMPTY;
      String pathText = text(row, "asPath");
      try {
        path = AsPath.parse(pathText.replace('-', ' '));
      } catch (IllegalArgumentException e) {
        error(pointer + "/" + name(row, "asPath"), "AS path \"" + pathText + "\" is not a list of ASNs: "
            + e.getMessage(), "check the file");
      }
      JsonNode weight = field(row, "weight");
      if (problems.size() == before) {
        out.add(new ObservedRouteServerRoute(instance, local, network, nextHop, source, origin, path,
            weight == null ? 0 : weight.asLong()));
      }
    }

    void effective(JsonNode row, String pointer, List<ObservedEffectiveRoute> out) {
      int before = problems.size();
      List<IpPrefix> prefixes = new ArrayList<>();
      JsonNode list = field(row, "addressPrefix");
      for (int i = 0; list != null && i < list.size(); i++) {
        try {
          prefixes.add(IpPrefix.parse(list.get(i).asText()));
        } catch (IllegalArgumentException e) {
          error(pointer + "/" + name(row, "addressPrefix") + "/" + i, e.getMessage(), "check the file");
        }
      }
      List<Ipv4Address> hops = new ArrayList<>();
      JsonNode hopList = field(row, "nextHopIpAddress");
      for (int i = 0; hopList != null && i < hopList.size(); i++) {
        try {
          hops.add(Ipv4Address.parse(hopList.get(i).asText()));
        } catch (IllegalArgumentException e) {
          error(pointer + "/" + name(row, "nextHopIpAddress") + "/" + i, e.getMessage(), "check the file");
        }
      }
      JsonNode disable = field(row, "disableBgpRoutePropagation");
      if (problems.size() == before) {
        out.add(new ObservedEffectiveRoute(text(row, "source"), text(row, "state"), prefixes, text(row, "nextHopType"),
            hops, disable != null && disable.asBoolean(false), text(row, "name")));
      }
    }

    private Ipv4Address address(JsonNode row, String name, String pointer, boolean required) {
      String text = text(row, name);
      if (text.isEmpty()) {
        if (required) {
          error(pointer, "the route has no `" + name + "`", "give the command's full output");
        }
        return null;
      }
      try {
        return Ipv4Address.parse(text);
      } catch (IllegalArgumentException e) {
        error(pointer + "/" + name(row, name), e.getMessage(), "check the file");
        return null;
      }
    }

    private Ipv4Prefix prefix4(JsonNode row, String name, String pointer) {
      String text = text(row, name);
      try {
        return Ipv4Prefix.parse(text);
      } catch (IllegalArgumentException e) {
        error(text.isEmpty() ? pointer : pointer + "/" + name(row, name),
            text.isEmpty() ? "the route has no `" + name + "`" : e.getMessage(), "check the file");
        return null;
      }
    }

    /** A field by its camelCase name or PowerShell's PascalCase one. */
    private static JsonNode field(JsonNode row, String name) {
      JsonNode value = row.get(name);
      return value != null ? value : row.get(Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    private static String name(JsonNode row, String name) {
      return row.has(name) ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String text(JsonNode row, String name) {
      JsonNode value = field(row, name);
      return value == null || value.isNull() ? "" : value.asText();
    }

    void error(String pointer, String message, String fix) {
      problems.add(Problem.error("invalid-value", pointer, message, fix));
    }

    void finish() {
      if (problems.isEmpty()) {
        return;
      }
      List<String> pointers = problems.stream().map(Problem::pointer).toList();
      Map<String, SourceLocation> places = JsonLocator.locate(file, content, pointers);
      List<Problem> located = new ArrayList<>();
      for (Iterator<Problem> it = problems.iterator(); it.hasNext();) {
        Problem p = it.next();
        located.add(p.located(places.get(p.pointer()), p.pointer()));
      }
      throw new ImportException(file, located);
    }
  }
}
