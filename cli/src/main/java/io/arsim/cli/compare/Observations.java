package io.arsim.cli.compare;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.cli.compare.CompareManifest.BgpFormat;
import io.arsim.cli.compare.CompareManifest.ObservedFile;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.InputFiles;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.importer.observed.FrrBgpJsonReader;
import io.arsim.importer.observed.IosXeShowIpBgpReader;
import io.arsim.importer.observed.ObservedBgpTable;
import io.arsim.importer.observed.ObservedPath;
import io.arsim.importer.observed.ObservedRoute;
import io.arsim.importer.observed.azure.AzureObservedReader;
import io.arsim.importer.observed.azure.ObservedEffectiveRoute;
import io.arsim.importer.observed.azure.ObservedRouteServerRoute;
import io.arsim.importer.observed.azure.ObservedRouteServerRoutes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The deployment's side of a comparison: each file of the observed folder read with the import
 * module's readers and normalised into the rows {@link Predictions} makes for the same entry. A
 * route server's file may hold both instances (az: {@code RouteServiceRole_IN_0/1}) or a merged list
 * (PowerShell), whose rows are put on an instance by their {@code LocalAddress}; a NIC's rows with
 * several prefixes become a row per prefix, and rows of one prefix and source one row with the set
 * of their next hops (ECMP).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Observations {
  private final AzureObservedReader azure;
  private final ReadLimits limits;

  /** Observations read within the default limits ({@link ReadLimits#defaults()}). */
  public Observations() {
    this(ReadLimits.defaults());
  }

  /**
   * Observations whose files are read within {@code limits}: only regular files no larger than
   * {@link ReadLimits#maxInputBytes()} ({@link InputFiles}).
   *
   * @since 0.2
   */
  public Observations(ReadLimits limits) {
    this.limits = limits;
    this.azure = new AzureObservedReader(limits.maxInputBytes());
  }

  /**
   * The rows of manifest entry {@code entry}'s file in {@code folder}.
   *
   * @param instanceAddresses the design's route server instance addresses (instance 0 first), to put
   *     PowerShell's rows on an instance
   * @param warnings where what a reader skipped is added
   * @throws io.arsim.importer.inventory.ImportException when the file cannot be read
   * @throws CompareInputException when a BGP table cannot be read
   */
  public List<CompareRow> rows(Path folder, ObservedFile entry, String at, List<Ipv4Address> instanceAddresses,
      List<Problem> warnings) {
    Path file = folder.resolve(entry.file());
    return switch (entry.shows()) {
      case LEARNED_ROUTES, ADVERTISED_ROUTES -> routeServer(file, entry, instanceAddresses);
      case EFFECTIVE_ROUTES -> effective(file, entry, at);
      case BGP_TABLE -> bgpTable(file, entry, warnings);
      case GATEWAY_LEARNED_ROUTES -> gateway(file, entry, instanceAddresses);
    };
  }

  /** A gateway's learned routes: every instance's paths, put on an instance by {@code localAddress}. */
  private List<CompareRow> gateway(Path file, ObservedFile entry, List<Ipv4Address> instanceAddresses) {
    ObservedRouteServerRoutes routes = azure.readRouteServerRoutes(file);
    List<Ipv4Address> seen = routes.localAddresses();
    List<CompareRow> rows = new ArrayList<>();
    for (ObservedRouteServerRoute r : routes.routes()) {
      int instance = entry.instance() != null && seen.size() == 1 ? entry.instance()
          : instanceAddresses.contains(r.localAddress()) ? instanceAddresses.indexOf(r.localAddress())
          : Math.min(1, seen.indexOf(r.localAddress()));
      if (entry.instance() != null && entry.instance() != instance) {
        continue;
      }
      rows.add(routeServerRow(Predictions.gatewayTable(entry, instance), entry.gateway() + "/IN_" + instance,
          r.network(), r.sourcePeer() == null ? "" : r.sourcePeer().toString(), r.localAddress(), r.nextHop(),
          r.asPath().toString(), r.origin(), r.weight()));
    }
    return rows;
  }

  private List<CompareRow> routeServer(Path file, ObservedFile entry, List<Ipv4Address> instanceAddresses) {
    ObservedRouteServerRoutes routes = azure.readRouteServerRoutes(file);
    List<Ipv4Address> seen = routes.localAddresses();
    List<CompareRow> rows = new ArrayList<>();
    for (ObservedRouteServerRoute r : routes.routes()) {
      int instance;
      if (r.instance().startsWith("RouteServiceRole_IN_")) {
        instance = r.instance().endsWith("1") ? 1 : 0;
      } else if (entry.instance() != null) {
        instance = entry.instance();
      } else if (instanceAddresses.contains(r.localAddress())) {
        instance = instanceAddresses.indexOf(r.localAddress());
      } else {
        instance = Math.min(1, seen.indexOf(r.localAddress()));
      }
      if (entry.instance() != null && entry.instance() != instance) {
        continue;
      }
      rows.add(routeServerRow(Predictions.routeServerTable(entry, instance), entry.routeServer() + "/IN_" + instance,
          r.network(), r.sourcePeer() == null ? "" : r.sourcePeer().toString(), r.localAddress(), r.nextHop(),
          r.asPath().toString(), r.origin(), r.weight()));
    }
    return rows;
  }

  private List<CompareRow> effective(Path file, ObservedFile entry, String at) {
    Map<String, List<String[]>> grouped = new LinkedHashMap<>();
    for (ObservedEffectiveRoute r : azure.readEffectiveRoutes(file).routes()) {
      for (IpPrefix p : r.addressPrefixes()) {
        if (!(p instanceof Ipv4Prefix prefix)) {
          continue;
        }
        List<String> hops = r.nextHopIpAddresses().isEmpty() ? List.of("")
            : r.nextHopIpAddresses().stream().map(Object::toString).toList();
        for (String hop : hops) {
          grouped.computeIfAbsent(prefix + " " + r.source(), k -> new ArrayList<>()).add(new String[] {
              prefix.toString(), r.source(), r.state(), r.nextHopType(), hop});
        }
      }
    }
    return effectiveRows(entry.subject(), at, grouped.values());
  }

  private List<CompareRow> bgpTable(Path file, ObservedFile entry, List<Problem> warnings) {
    String name = file.toString();
    String text;
    try {
      text = InputFiles.readText(file, "BGP table", limits.maxInputBytes());
    } catch (TopologyException e) {
      throw new CompareInputException(name, e.problems());
    }
    BgpFormat format = entry.format() != null ? entry.format()
        : name.toLowerCase(Locale.ROOT).endsWith(".json") ? BgpFormat.FRR_JSON : BgpFormat.IOSXE_TEXT;
    ObservedBgpTable table = format == BgpFormat.FRR_JSON ? FrrBgpJsonReader.read(name, text)
        : IosXeShowIpBgpReader.read(name, text);
    if (table.problems().stream().anyMatch(Problem::isError)) {
      throw new CompareInputException(name, table.problems());
    }
    warnings.addAll(table.problems());
    List<CompareRow> rows = new ArrayList<>();
    for (ObservedRoute route : table.routes()) {
      for (ObservedPath p : route.paths()) {
        String status = p.best() ? "best" : p.multipath() ? "multipath" : p.valid() ? "valid" : "not valid";
        rows.add(bgpRow(entry.subject(), entry.nva(), route.prefix(), status, p.nextHop(), p.asPath().toString(),
            p.origin() == null ? "" : p.origin().code(), p.weight(), p.localPreference(), p.med(), false));
      }
    }
    return rows;
  }

  /**
   * A route server's row: Azure's columns, instance address included, keyed by the source peer
   * (learned routes; a peer with two instances, such as a gateway, sends each prefix twice) or
   * {@code ""} (advertised routes).
   */
  static CompareRow routeServerRow(String where, String at, Ipv4Prefix prefix, String sourcePeer,
      Ipv4Address localAddress, @Nullable Ipv4Address nextHop, String asPath, String origin, long weight) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("localAddress", localAddress.toString());
    values.put("sourcePeer", sourcePeer);
    values.put("nextHop", nextHop == null ? "" : nextHop.toString());
    values.put("asPath", asPath);
    values.put("origin", origin);
    values.put("weight", Long.toString(weight));
    return new CompareRow(where, at, prefix, sourcePeer, values, false);
  }

  /**
   * A NIC's rows: one per prefix and source, from groups of {prefix, source, state, next-hop type,
   * next-hop address} with their states, types and next hops as sets.
   */
  static List<CompareRow> effectiveRows(String where, String at, Collection<List<String[]>> groups) {
    List<CompareRow> rows = new ArrayList<>();
    for (List<String[]> group : groups) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("state", joined(group, 2));
      values.put("nextHopType", joined(group, 3));
      TreeSet<Ipv4Address> hops = new TreeSet<>();
      group.stream().map(g -> g[4]).filter(h -> !h.isEmpty()).forEach(h -> hops.add(Ipv4Address.parse(h)));
      values.put("nextHops", hops.isEmpty() ? "none" : hops.stream().map(Object::toString)
          .collect(Collectors.joining(", ")));
      rows.add(new CompareRow(where, at, Ipv4Prefix.parse(group.get(0)[0]), group.get(0)[1], values, false));
    }
    return rows;
  }

  private static String joined(List<String[]> group, int column) {
    return String.join(", ", new TreeSet<>(group.stream().map(g -> g[column]).toList()));
  }

  /** A BGP path's row, keyed by its next hop. */
  static CompareRow bgpRow(String where, String at, Ipv4Prefix prefix, String status, Ipv4Address nextHop,
      String asPath, String origin, @Nullable Long weight, @Nullable Long localPreference, @Nullable Long med,
      boolean tied) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("status", status);
    values.put("nextHop", nextHop.toString());
    values.put("asPath", asPath.isEmpty() ? "(empty)" : asPath);
    values.put("origin", origin);
    values.put("weight", weight == null ? "" : weight.toString());
    values.put("localPref", localPreference == null ? "" : localPreference.toString());
    values.put("med", med == null ? "" : med.toString());
    return new CompareRow(where, at, prefix, nextHop.toString(), values, tied);
  }
}
