package io.arsim.importer.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.AggregateAddress;
import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.PolicyInstance;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.StaticRoute;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Tunnel;
import io.arsim.core.topology.TunnelType;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.importer.inventory.ImportNote;
import io.arsim.importer.inventory.ResourceOrigin;
import io.arsim.importer.nva.Action;
import io.arsim.importer.nva.AsPathAccessList;
import io.arsim.importer.nva.AsPathAccessListEntry;
import io.arsim.importer.nva.BgpAggregate;
import io.arsim.importer.nva.BgpNetwork;
import io.arsim.importer.nva.BgpPeer;
import io.arsim.importer.nva.BgpProcess;
import io.arsim.importer.nva.CommunityList;
import io.arsim.importer.nva.CommunityListEntry;
import io.arsim.importer.nva.InterfaceAddress;
import io.arsim.importer.nva.InterfaceKind;
import io.arsim.importer.nva.NvaConfig;
import io.arsim.importer.nva.NvaInterface;
import io.arsim.importer.nva.NvaParseResult;
import io.arsim.importer.nva.NvaVendor;
import io.arsim.importer.nva.PeerKind;
import io.arsim.importer.nva.PeerPolicy;
import io.arsim.importer.nva.PrefixList;
import io.arsim.importer.nva.PrefixListEntry;
import io.arsim.importer.nva.RemoteAs;
import io.arsim.importer.nva.RouteMap;
import io.arsim.importer.nva.RouteMapEntry;
import io.arsim.importer.nva.RouteMapMatch;
import io.arsim.importer.nva.RouteMapSet;
import io.arsim.importer.nva.TunnelMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Turns the VMs that have a router configuration into NVAs: the configuration's {@code router bgp}
 * (ASN, router id, maximum-paths, {@code network}, {@code aggregate-address}), its IPv4 neighbours
 * (remote-as, peer groups, ebgp-multihop, disable-connected-check, next-hop-self, as-override,
 * allowas-in, maximum-prefix, prefix-list / filter-list / route-map in and out), static routes,
 * loopbacks and tunnel interfaces; the VM's NICs stay as Azure has them. Route maps, and prefix or
 * as-path filters on a neighbour, become {@code route-map} policy instances named
 * {@code <nva>-<map>} (the built-in plugin, docs/plugins.md#route-map); as-override becomes the
 * shared {@code as-override} instance.
 *
 * <p>Every line the parser did not understand is a warning with {@code file:line}; every setting
 * read but not modelled is a warning at its line. A VM that peers with a route server but was given
 * no configuration stays a VM, with an {@code nva-config-missing} warning that says so.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class NvaMapper {
  /** The problem code of a route-server peer without a router configuration. */
  public static final String CONFIG_MISSING = "nva-config-missing";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * Applies {@code configs} (by the VM's Azure name) to {@code mapped}.
   *
   * @return the mapping with NVAs, their policies, sources and the configurations' problems
   */
  public MappedTopology apply(MappedTopology mapped, Map<String, NvaParseResult> configs) {
    Topology topology = mapped.topology();
    List<Problem> problems = new ArrayList<>();
    Map<String, SourceResource> sources = new TreeMap<>();
    List<ImportNote> notes = new ArrayList<>();
    List<VirtualMachine> vms = new ArrayList<>(topology.virtualMachines());
    List<NetworkVirtualAppliance> nvas = new ArrayList<>(topology.networkVirtualAppliances());
    Map<String, PolicyInstance> policies = new TreeMap<>();
    topology.policies().forEach(p -> policies.put(p.name(), p));
    for (Map.Entry<String, NvaParseResult> entry : new TreeMap<>(configs).entrySet()) {
      String name = entry.getKey();
      NvaParseResult result = entry.getValue();
      NvaConfig config = result.config();
      problems.addAll(result.summary());
      Optional<VirtualMachine> vm = vms.stream().filter(v -> v.name().equals(name)).findFirst();
      if (vm.isEmpty()) {
        problems.add(Problem.error("unknown-vm", "", "--nva-config " + name + "=" + config.file() + ": no VM named "
            + name + " among the imported resources", "name a VM of the source: " + String.join(", ",
                topology.virtualMachines().stream().map(VirtualMachine::name).sorted().toList()))
            .located(SourceLocation.ofFile(config.file()), ""));
        continue;
      }
      Optional<BgpProcess> bgp = config.bgp();
      if (bgp.isEmpty()) {
        problems.add(Problem.warning("no-bgp", "", config.file() + " has no router bgp; " + name
            + " stays a VM", "give the configuration with its router bgp section")
            .located(SourceLocation.ofFile(config.file()), ""));
        continue;
      }
      Run run = new Run(topology, name, config, bgp.get(), problems, sources, policies);
      nvas.add(run.nva(vm.get()));
      vms.remove(vm.get());
    }
    for (NvaCandidate candidate : mapped.nvaCandidates()) {
      if (!configs.containsKey(candidate.virtualMachine())) {
        SourceResource vmSource = mapped.sources().get("virtualMachines[" + candidate.virtualMachine() + "]");
        Problem problem = Problem.warning(CONFIG_MISSING, "", "VM " + candidate.virtualMachine() + " peers with route"
            + " server " + candidate.routeServer() + " (AS " + candidate.peerAsn() + ") from " + candidate.address()
            + ", but its router configuration was not given: it stays a VM, so the route server's BGP connection"
            + " to it has no speaker", "add --nva-config " + candidate.virtualMachine() + "=FILE (its frr.conf or"
            + " show running-config)");
        problems.add(vmSource == null ? problem
            : problem.located(vmSource.origin().location(), "virtualMachines[" + candidate.virtualMachine() + "]"));
      }
    }
    Topology result = new Topology(topology.schema(), topology.name(), topology.description(),
        topology.virtualNetworks(), topology.routeTables(), vms, topology.routeServers(), nvas,
        List.copyOf(policies.values()), topology.extensions(), topology.loadBalancers(), topology.branches());
    return mapped.with(result, sources, notes, problems);
  }

  /**
   * Parses a router configuration: the vendor given, or the one the text shows ({@code frr version} /
   * {@code frr defaults} for FRR; {@code version 17.x}, {@code Current configuration : N bytes} or an
   * interface named GigabitEthernet/Loopback/Tunnel for IOS-XE).
   *
   * @return the vendor, or empty when the text does not tell
   */
  public static Optional<NvaVendor> detectVendor(String text) {
    if (text.contains("\nfrr version") || text.startsWith("frr version") || text.contains("\nfrr defaults")) {
      return Optional.of(NvaVendor.FRR);
    }
    if (java.util.regex.Pattern.compile("(?m)^(version \\d+\\.\\d+|Current configuration : \\d+ bytes"
        + "|interface (GigabitEthernet|Loopback|Tunnel)\\d)").matcher(text).find()) {
      return Optional.of(NvaVendor.CISCO_IOS_XE);
    }
    if (java.util.regex.Pattern.compile("(?m)^(interface (eth|lo\\b|ens)|exit$|router bgp \\d+$)").matcher(text)
        .find()) {
      return Optional.of(NvaVendor.FRR);
    }
    return Optional.empty();
  }

  /** The vendor profile name arsim's NVAs use for {@code vendor}. */
  public static String profile(NvaVendor vendor) {
    return vendor == NvaVendor.FRR ? "frr" : "cisco-iosxe";
  }

  private static final class Run {
    private final Topology topology;
    private final String name;
    private final NvaConfig config;
    private final BgpProcess bgp;
    private final List<Problem> problems;
    private final Map<String, SourceResource> sources;
    private final Map<String, PolicyInstance> policies;
    private final String path;

    Run(Topology topology, String name, NvaConfig config, BgpProcess bgp, List<Problem> problems,
        Map<String, SourceResource> sources, Map<String, PolicyInstance> policies) {
      this.topology = topology;
      this.name = name;
      this.config = config;
      this.bgp = bgp;
      this.problems = problems;
      this.sources = sources;
      this.policies = policies;
      this.path = "networkVirtualAppliances[" + name + "]";
    }

    NetworkVirtualAppliance nva(VirtualMachine vm) {
      source(path, bgp.location());
      List<NetworkInterface> nics = vm.networkInterfaces();
      List<Ipv4Prefix> networks = new ArrayList<>();
      for (BgpNetwork network : bgp.networks()) {
        if (network.routeMap() != null || network.backdoor()) {
          warn(network.location(), "not-modelled", "network " + network.prefix() + (network.backdoor() ? " backdoor"
              : " route-map " + network.routeMap()) + ": arsim originates the prefix without the "
              + (network.backdoor() ? "backdoor flag" : "route map"), "");
        }
        networks.add(network.prefix());
      }
      List<AggregateAddress> aggregates = new ArrayList<>();
      for (BgpAggregate aggregate : bgp.aggregates()) {
        if (aggregate.routeMap() != null) {
          warn(aggregate.location(), "not-modelled", "aggregate-address " + aggregate.prefix() + " route-map "
              + aggregate.routeMap() + ": arsim summarises without the route map", "");
        }
        aggregates.add(new AggregateAddress(aggregate.prefix(), aggregate.summaryOnly(), aggregate.asSet()));
      }
      bgp.redistributions().forEach(r -> warn(bgp.location(), "not-modelled", "redistribute " + r
          + ": arsim does not redistribute into BGP; list the prefixes as network statements", ""));
      List<Ipv4Address> loopbacks = new ArrayList<>();
      List<Tunnel> tunnels = new ArrayList<>();
      for (NvaInterface nic : config.interfaces()) {
        if (nic.shutdown() || nic.vrf() != null) {
          continue;
        }
        if (nic.kind() == InterfaceKind.LOOPBACK) {
          nic.addresses().stream().filter(a -> !a.secondary()).map(InterfaceAddress::address).forEach(loopbacks::add);
        } else if (nic.kind() == InterfaceKind.TUNNEL) {
          tunnel(nic).ifPresent(tunnels::add);
        }
      }
      List<StaticRoute> statics = new ArrayList<>();
      for (io.arsim.importer.nva.StaticRoute route : config.staticRoutes()) {
        if (route.vrf() != null) {
          continue;
        }
        int distance = route.distance() == null ? StaticRoute.DEFAULT_DISTANCE : route.distance();
        String intoTunnel = route.interfaceName() != null
            && tunnels.stream().anyMatch(t -> t.name().equals(route.interfaceName())) ? route.interfaceName() : null;
        if (route.nextHop() != null) {
          statics.add(new StaticRoute(route.prefix(), route.nextHop(), null, distance));
        } else if (intoTunnel != null) {
          statics.add(new StaticRoute(route.prefix(), null, intoTunnel, distance));
        } else {
          warn(route.location(), "not-modelled", "static route " + route.prefix() + " to interface "
              + route.interfaceName() + ": arsim models static routes to an address or into a tunnel; left out", "");
        }
      }
      Map<String, BgpPeer> groups = new HashMap<>();
      for (BgpPeer peer : bgp.peers()) {
        if (peer.kind() == PeerKind.PEER_GROUP) {
          groups.put(peer.name(), peer);
        }
      }
      List<BgpNeighbor> neighbors = new ArrayList<>();
      for (BgpPeer peer : bgp.peers()) {
        if (peer.kind() == PeerKind.PEER_GROUP) {
          continue;
        }
        if (peer.kind() != PeerKind.IPV4_ADDRESS) {
          warn(peer.location(), "not-modelled", "neighbor " + peer.name() + " (" + peer.kind().name()
              .toLowerCase(Locale.ROOT).replace('_', ' ') + "): arsim models IPv4 neighbours; left out", "");
          continue;
        }
        neighbor(peer, peer.peerGroup() == null ? null : groups.get(peer.peerGroup())).ifPresent(neighbors::add);
      }
      Integer maximumPaths = bgp.maximumPathsEbgp();
      return new NetworkVirtualAppliance(name, bgp.asn(), bgp.routerId(), nics, networks, maximumPaths, neighbors,
          false, profile(config.vendor()), List.of(), aggregates, loopbacks, tunnels, statics, false);
    }

    private Optional<Tunnel> tunnel(NvaInterface nic) {
      io.arsim.importer.nva.Tunnel tunnel = nic.tunnel();
      Optional<InterfaceAddress> address = nic.addresses().stream().filter(a -> !a.secondary()).findFirst();
      if (tunnel == null || address.isEmpty()) {
        warn(nic.location(), "not-modelled", "interface " + nic.name() + ": a tunnel needs an address and a tunnel"
            + " mode or destination; left out", "");
        return Optional.empty();
      }
      TunnelType type = tunnel.isIpsec() ? TunnelType.IPsec
          : tunnel.mode() == TunnelMode.GRE || tunnel.mode() == null ? TunnelType.GRE : null;
      if (type == null) {
        warn(nic.location(), "not-modelled", "interface " + nic.name() + " has tunnel mode " + tunnel.modeText()
            + "; arsim models IPsec and GRE tunnels; left out", "");
        return Optional.empty();
      }
      InterfaceAddress local = address.get();
      Ipv4Address remote = null;
      if (local.length() == 30 || local.length() == 31) {
        Ipv4Prefix subnet = local.subnet();
        int offset = local.address().bits() - subnet.network().bits();
        remote = local.length() == 31 ? subnet.network().plus(1 - offset) : subnet.network().plus(offset == 1 ? 2 : 1);
      } else {
        for (BgpPeer peer : bgp.peers()) {
          if (peer.kind() == PeerKind.IPV4_ADDRESS) {
            Ipv4Address peerIp = Ipv4Address.parse(peer.name());
            if (local.subnet().contains(peerIp) && !peerIp.equals(local.address())) {
              remote = peerIp;
            }
          }
        }
      }
      if (remote == null) {
        warn(nic.location(), "not-modelled", "interface " + nic.name() + ": cannot tell the far end's tunnel address"
            + " from " + local + " (neither a /30, a /31, nor a BGP neighbour in it); left out", "");
        return Optional.empty();
      }
      source(path + ".tunnels[" + nic.name() + "]", nic.location());
      return Optional.of(new Tunnel(nic.name(), type, local.address(), remote, null));
    }

    private Optional<BgpNeighbor> neighbor(BgpPeer peer, @Nullable BgpPeer group) {
      String npath = path + ".bgpNeighbors[" + peer.name() + "]";
      if (peer.shutdown() || group != null && group.shutdown()) {
        warn(peer.location(), "neighbor-shutdown", "neighbor " + peer.name() + " is shut down; left out", "");
        return Optional.empty();
      }
      Ipv4Address ip = Ipv4Address.parse(peer.name());
      RemoteAs remoteAs = peer.remoteAs() != null ? peer.remoteAs() : group == null ? null : group.remoteAs();
      Asn asn = null;
      boolean routeServer = isRouteServerInstance(ip);
      if (remoteAs == null) {
        warn(peer.location(), "missing-remote-as", "neighbor " + peer.name() + " has no remote-as; left out",
            "give neighbor " + peer.name() + " remote-as");
        return Optional.empty();
      } else if (remoteAs.kind() == RemoteAs.Kind.ASN) {
        asn = remoteAs.asn();
      } else if (remoteAs.kind() == RemoteAs.Kind.INTERNAL) {
        asn = bgp.asn();
      } else if (routeServer) {
        asn = Asn.AZURE_ROUTE_SERVER;
      } else {
        warn(peer.location(), "not-modelled", "neighbor " + peer.name() + " remote-as " + remoteAs
            + ": arsim needs the neighbour's ASN; left out", "write neighbor " + peer.name() + " remote-as ASN");
        return Optional.empty();
      }
      PeerPolicy own = peer.ipv4Unicast();
      PeerPolicy inherited = group == null ? PeerPolicy.NONE : group.ipv4Unicast();
      boolean ebgpMultihop = peer.ebgpMultihop() || group != null && group.ebgpMultihop();
      Integer ttl = peer.ebgpMultihopTtl() != null ? peer.ebgpMultihopTtl()
          : group == null ? null : group.ebgpMultihopTtl();
      Integer multihop = ebgpMultihop ? (ttl == null ? Integer.valueOf(255) : ttl) : null;
      boolean connectedCheckOff = peer.disableConnectedCheck() || group != null && group.disableConnectedCheck();
      String description = peer.description() != null ? peer.description()
          : group == null ? null : group.description();
      List<String> imports = new ArrayList<>();
      List<String> exports = new ArrayList<>();
      filter(pick(own.prefixListIn(), inherited.prefixListIn()), true, peer, imports);
      filter(pick(own.filterListIn(), inherited.filterListIn()), false, peer, imports);
      routeMap(pick(own.routeMapIn(), inherited.routeMapIn()), peer, imports);
      filter(pick(own.prefixListOut(), inherited.prefixListOut()), true, peer, exports);
      filter(pick(own.filterListOut(), inherited.filterListOut()), false, peer, exports);
      routeMap(pick(own.routeMapOut(), inherited.routeMapOut()), peer, exports);
      if (own.asOverride() || inherited.asOverride()) {
        policies.putIfAbsent("as-override", PolicyInstance.of("as-override", "as-override"));
        exports.add("as-override");
      }
      io.arsim.importer.nva.AllowAsIn allow = own.allowAsIn() != null ? own.allowAsIn() : inherited.allowAsIn();
      io.arsim.importer.nva.MaximumPrefix max = own.maximumPrefix() != null ? own.maximumPrefix()
          : inherited.maximumPrefix();
      for (PeerPolicy policy : List.of(own, inherited)) {
        if (policy.weight() != null) {
          warn(peer.location(), "not-modelled", "neighbor " + peer.name() + " weight " + policy.weight()
              + ": arsim has no weight (it is local to the router and not a path attribute)", "");
        }
        if (policy.defaultOriginate()) {
          warn(peer.location(), "not-modelled", "neighbor " + peer.name() + " default-originate: arsim does not"
              + " originate a default route per neighbour; add 0.0.0.0/0 to networks if you mean it", "");
        }
        if (policy.removePrivateAs() != null) {
          warn(peer.location(), "not-modelled", "neighbor " + peer.name() + " remove-private-AS: not mapped; add"
              + " a remove-private policy to the neighbour's exportPolicies", "");
        }
      }
      source(npath, peer.location());
      boolean nextHopSelf = own.nextHopSelf() || own.nextHopSelfForce() || inherited.nextHopSelf()
          || inherited.nextHopSelfForce();
      BgpNeighbor neighbor = new BgpNeighbor(ip, asn, description, nextHopSelf, imports, exports,
          allow == null ? null : new io.arsim.core.topology.AllowAsIn(allow.count(), allow.origin()),
          max == null ? null : new io.arsim.core.topology.MaximumPrefix(max.maximum(), max.warningOnly()),
          false, multihop, connectedCheckOff, false);
      return Optional.of(neighbor);
    }

    private static @Nullable String pick(@Nullable String own, @Nullable String inherited) {
      return own != null ? own : inherited;
    }

    private boolean isRouteServerInstance(Ipv4Address ip) {
      for (RouteServer rs : topology.routeServers()) {
        if (topology.routeServerInstanceIps(rs).contains(ip)) {
          return true;
        }
      }
      return false;
    }

    /** A prefix-list or filter-list on a neighbour: a route map of one permit clause matching the list. */
    private void filter(@Nullable String list, boolean prefixList, BgpPeer peer, List<String> chain) {
      if (list == null) {
        return;
      }
      String policyName = name + "-" + (prefixList ? "prefix-list-" : "filter-list-") + list;
      if (!policies.containsKey(policyName)) {
        ObjectNode cfg = JSON.objectNode();
        if (config.vendor() == NvaVendor.CISCO_IOS_XE) {
          cfg.put("dialect", "cisco");
        }
        ObjectNode match = JSON.objectNode();
        if (prefixList) {
          Optional<PrefixList> found = config.prefixList(list);
          if (found.isEmpty()) {
            warn(peer.location(), "unknown-reference", "neighbor " + peer.name() + " uses prefix-list " + list
                + ", which the configuration does not define; left out (the router would match nothing)", "");
            return;
          }
          cfg.putObject("prefixLists").set(list, prefixEntries(found.get()));
          match.put("prefixList", list);
        } else {
          Optional<AsPathAccessList> found = config.asPathAccessList(list);
          if (found.isEmpty()) {
            warn(peer.location(), "unknown-reference", "neighbor " + peer.name() + " uses filter-list " + list
                + ", which the configuration does not define; left out", "");
            return;
          }
          cfg.putObject("asPathLists").set(list, asPathEntries(found.get()));
          match.put("asPathList", list);
        }
        ObjectNode clause = cfg.putArray("clauses").addObject();
        clause.put("seq", 10);
        clause.put("action", "permit");
        clause.set("match", match);
        policies.put(policyName, new PolicyInstance(policyName, "route-map", cfg));
        source("policies[" + policyName + "]", (prefixList ? config.prefixList(list).get().location()
            : config.asPathAccessList(list).get().location()));
      }
      chain.add(policyName);
    }

    private void routeMap(@Nullable String mapName, BgpPeer peer, List<String> chain) {
      if (mapName == null) {
        return;
      }
      Optional<RouteMap> map = config.routeMap(mapName);
      if (map.isEmpty()) {
        warn(peer.location(), "unknown-reference", "neighbor " + peer.name() + " uses route-map " + mapName
            + ", which the configuration does not define; left out (FRR and IOS-XE then deny every route)", "");
        return;
      }
      String policyName = name + "-" + mapName;
      if (!policies.containsKey(policyName)) {
        ObjectNode cfg = routeMapConfig(map.get());
        policies.put(policyName, new PolicyInstance(policyName, "route-map", cfg));
        source("policies[" + policyName + "]", map.get().location());
      }
      chain.add(policyName);
    }

    private ObjectNode routeMapConfig(RouteMap map) {
      ObjectNode cfg = JSON.objectNode();
      if (config.vendor() == NvaVendor.CISCO_IOS_XE) {
        cfg.put("dialect", "cisco");
      }
      Map<String, PrefixList> prefixLists = new LinkedHashMap<>();
      Map<String, AsPathAccessList> asPathLists = new LinkedHashMap<>();
      Map<String, CommunityList> communityLists = new LinkedHashMap<>();
      ArrayNode clauses = JSON.arrayNode();
      for (RouteMapEntry entry : map.entries()) {
        ObjectNode clause = JSON.objectNode();
        clause.put("seq", entry.sequence());
        clause.put("action", entry.action() == Action.PERMIT ? "permit" : "deny");
        if (entry.description() != null) {
          clause.put("description", entry.description());
        }
        ObjectNode match = JSON.objectNode();
        for (RouteMapMatch m : entry.matches()) {
          if (m instanceof RouteMapMatch.PrefixListMatch p) {
            String list = first(p.prefixLists(), p.location(), "match ip address prefix-list");
            config.prefixList(list).ifPresentOrElse(l -> prefixLists.put(list, l), () -> undefined(m, list));
            match.put("prefixList", list);
          } else if (m instanceof RouteMapMatch.AsPathMatch a) {
            String list = first(a.asPathLists(), a.location(), "match as-path");
            config.asPathAccessList(list).ifPresentOrElse(l -> asPathLists.put(list, l), () -> undefined(m, list));
            match.put("asPathList", list);
          } else if (m instanceof RouteMapMatch.CommunityMatch c) {
            String list = first(c.communityLists(), c.location(), "match community");
            config.communityList(list).ifPresentOrElse(l -> communityLists.put(list, l), () -> undefined(m, list));
            match.put("communityList", list);
            if (c.exactMatch()) {
              match.put("communityExactMatch", true);
            }
          } else if (m instanceof RouteMapMatch.NextHopMatch n) {
            if (n.address() != null) {
              match.put("nextHop", n.address().toString());
            } else {
              String list = first(n.prefixLists(), n.location(), "match ip next-hop prefix-list");
              config.prefixList(list).ifPresentOrElse(l -> prefixLists.put(list, l), () -> undefined(m, list));
              match.put("nextHopPrefixList", list);
            }
          }
        }
        if (!match.isEmpty()) {
          clause.set("match", match);
        }
        ObjectNode set = JSON.objectNode();
        for (RouteMapSet s : entry.sets()) {
          set(s, set);
        }
        if (!set.isEmpty() && entry.action() == Action.PERMIT) {
          clause.set("set", set);
        }
        if (entry.call() != null) {
          warn(entry.location(), "not-modelled", "route-map " + map.name() + " " + entry.sequence() + " call "
              + entry.call() + ": arsim's route-map has no call; the clause is kept without it", "");
        }
        if (entry.onMatch() != null && entry.action() == Action.PERMIT) {
          if (entry.onMatch().isNext()) {
            clause.put("onMatchNext", true);
          } else {
            clause.put("onMatchGoto", entry.onMatch().gotoSequence());
          }
        }
        clauses.add(clause);
      }
      if (!prefixLists.isEmpty()) {
        ObjectNode lists = cfg.putObject("prefixLists");
        new TreeMap<>(prefixLists).forEach((n, l) -> lists.set(n, prefixEntries(l)));
      }
      if (!asPathLists.isEmpty()) {
        ObjectNode lists = cfg.putObject("asPathLists");
        new TreeMap<>(asPathLists).forEach((n, l) -> lists.set(n, asPathEntries(l)));
      }
      if (!communityLists.isEmpty()) {
        ObjectNode lists = cfg.putObject("communityLists");
        new TreeMap<>(communityLists).forEach((n, l) -> lists.set(n, communityEntries(l)));
      }
      if (clauses.isEmpty()) {
        ObjectNode deny = clauses.addObject();
        deny.put("seq", 65535);
        deny.put("action", "deny");
        deny.put("description", "route-map " + map.name() + " has no entries: it denies everything");
      }
      cfg.set("clauses", clauses);
      return cfg;
    }

    private void set(RouteMapSet s, ObjectNode set) {
      if (s instanceof RouteMapSet.NextHop n) {
        set.put("nextHop", switch (n.kind()) {
          case ADDRESS -> String.valueOf(n.address());
          case UNCHANGED -> "unchanged";
          case PEER_ADDRESS -> "peer-address";
        });
      } else if (s instanceof RouteMapSet.AsPathPrepend p) {
        if (p.asns().isEmpty()) {
          warn(p.location(), "not-modelled", "set as-path prepend last-as " + p.lastAsCount() + ": not modelled;"
              + " left out", "");
        } else {
          ArrayNode asns = set.putArray("asPathPrepend");
          p.asns().forEach(a -> asns.add(a.value()));
        }
      } else if (s instanceof RouteMapSet.AsPathReplace r) {
        ObjectNode replace = set.putObject("asPathReplace");
        if (r.match() == null) {
          replace.put("any", true);
        } else {
          replace.put("asn", r.match().value());
        }
        if (r.replacement() != null) {
          replace.put("with", r.replacement().value());
        }
      } else if (s instanceof RouteMapSet.LocalPreference l) {
        if (l.adjustment() == RouteMapSet.Adjustment.SET) {
          set.put("localPreference", l.value());
        } else {
          warn(l.location(), "not-modelled", "set local-preference " + (l.adjustment() == RouteMapSet.Adjustment.ADD
              ? "+" : "-") + l.value() + ": relative values are not modelled; left out", "");
        }
      } else if (s instanceof RouteMapSet.Metric m) {
        if (m.adjustment() == RouteMapSet.Adjustment.SET) {
          set.put("med", m.value());
        } else {
          warn(m.location(), "not-modelled", "set metric " + (m.adjustment() == RouteMapSet.Adjustment.ADD ? "+"
              : "-") + m.value() + ": relative values are not modelled; left out", "");
        }
      } else if (s instanceof RouteMapSet.Communities c) {
        ArrayNode list = set.putArray("community");
        if (!c.none()) {
          c.communities().forEach(x -> list.add(x.toString()));
        }
        if (c.additive()) {
          set.put("communityAdditive", true);
        }
      } else if (s instanceof RouteMapSet.Weight w) {
        warn(w.location(), "not-modelled", "set weight " + w.value() + ": arsim has no weight; left out", "");
      } else if (s instanceof RouteMapSet.OriginSet o) {
        set.put("origin", o.origin().name().toLowerCase(Locale.ROOT));
      } else {
        warn(s.location(), "not-modelled", "this set statement is not modelled; left out", "");
      }
    }

    private String first(List<String> names, SourceLocation location, String what) {
      if (names.size() > 1) {
        warn(location, "not-modelled", what + " " + String.join(" ", names) + ": arsim matches one list; uses "
            + names.get(0), "");
      }
      return names.get(0);
    }

    private void undefined(RouteMapMatch match, String list) {
      warn(match.location(), "unknown-reference", "list " + list + " is not defined in the configuration; the"
          + " router matches nothing with it", "define it, or remove the match");
    }

    private static ArrayNode prefixEntries(PrefixList list) {
      ArrayNode out = JSON.arrayNode();
      for (PrefixListEntry e : list.entries()) {
        ObjectNode entry = out.addObject();
        entry.put("seq", e.sequence());
        entry.put("action", e.action() == Action.PERMIT ? "permit" : "deny");
        entry.put("prefix", e.prefix().toString());
        if (e.ge() != null) {
          entry.put("ge", e.ge());
        }
        if (e.le() != null) {
          entry.put("le", e.le());
        }
      }
      return out;
    }

    private static ArrayNode asPathEntries(AsPathAccessList list) {
      ArrayNode out = JSON.arrayNode();
      for (AsPathAccessListEntry e : list.entries()) {
        ObjectNode entry = out.addObject();
        entry.put("action", e.action() == Action.PERMIT ? "permit" : "deny");
        entry.put("regex", e.regex());
      }
      return out;
    }

    private static ArrayNode communityEntries(CommunityList list) {
      ArrayNode out = JSON.arrayNode();
      for (CommunityListEntry e : list.entries()) {
        ObjectNode entry = out.addObject();
        entry.put("action", e.action() == Action.PERMIT ? "permit" : "deny");
        if (!e.communities().isEmpty()) {
          ArrayNode communities = entry.putArray("communities");
          for (Community c : e.communities()) {
            communities.add(c.toString());
          }
        } else {
          entry.put("regex", e.regex());
        }
      }
      return out;
    }

    private void source(String elementPath, SourceLocation location) {
      sources.put(elementPath, new SourceResource(location.file() + ":" + location.line(), "nva-config",
          ResourceOrigin.of(location, "")));
    }

    private void warn(SourceLocation location, String code, String message, String fix) {
      problems.add(Problem.warning(code, "", message, fix).located(location, path));
    }
  }
}
