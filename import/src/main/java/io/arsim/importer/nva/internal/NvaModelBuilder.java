package io.arsim.importer.nva.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.SourceLocation;
import io.arsim.importer.nva.Action;
import io.arsim.importer.nva.AsPathAccessList;
import io.arsim.importer.nva.AsPathAccessListEntry;
import io.arsim.importer.nva.BgpAggregate;
import io.arsim.importer.nva.BgpNetwork;
import io.arsim.importer.nva.BgpPeer;
import io.arsim.importer.nva.BgpProcess;
import io.arsim.importer.nva.BgpRedistribution;
import io.arsim.importer.nva.CommunityList;
import io.arsim.importer.nva.CommunityListEntry;
import io.arsim.importer.nva.CommunityListKind;
import io.arsim.importer.nva.InterfaceAddress;
import io.arsim.importer.nva.InterfaceKind;
import io.arsim.importer.nva.NvaConfig;
import io.arsim.importer.nva.NvaInterface;
import io.arsim.importer.nva.NvaParseResult;
import io.arsim.importer.nva.NvaVendor;
import io.arsim.importer.nva.OnMatch;
import io.arsim.importer.nva.PeerKind;
import io.arsim.importer.nva.PeerPolicy;
import io.arsim.importer.nva.PrefixList;
import io.arsim.importer.nva.PrefixListEntry;
import io.arsim.importer.nva.RouteMap;
import io.arsim.importer.nva.RouteMapEntry;
import io.arsim.importer.nva.RouteMapMatch;
import io.arsim.importer.nva.RouteMapSet;
import io.arsim.importer.nva.StaticRoute;
import io.arsim.importer.nva.Tunnel;
import io.arsim.importer.nva.TunnelMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The mutable state a configuration walker fills line by line, turned into the immutable model
 * by {@link #build()}, which also runs the {@link ReferenceCheck}.
 */
@API(status = INTERNAL, since = "0.2")
public final class NvaModelBuilder {
  /** The code of a warning about a neighbour put into a second peer group. */
  public static final String TWO_PEER_GROUPS = "nva-neighbor-in-two-peer-groups";

  private final String file;
  private final NvaVendor vendor;
  private final ConfigReport report;
  private @Nullable String hostname;
  private @Nullable String softwareVersion;
  private @Nullable String frrDefaults;
  private final Map<String, InterfaceDraft> interfaces = new LinkedHashMap<>();
  private final List<StaticRoute> staticRoutes = new ArrayList<>();
  private final List<BgpDraft> bgp = new ArrayList<>();
  private final Map<String, ListDraft<PrefixListEntry>> prefixLists = new TreeMap<>();
  private final Map<String, String> prefixListDescriptions = new TreeMap<>();
  private final Map<String, ListDraft<AsPathAccessListEntry>> asPathLists = new TreeMap<>();
  private final Map<String, ListDraft<CommunityListEntry>> communityLists = new TreeMap<>();
  private final Map<String, CommunityListKind> communityListKinds = new TreeMap<>();
  private final Map<String, Map<Long, RouteMapEntryDraft>> routeMaps = new TreeMap<>();
  private final Map<String, SourceLocation> routeMapLocations = new TreeMap<>();

  public NvaModelBuilder(String file, NvaVendor vendor, ConfigReport report) {
    this.file = file;
    this.vendor = vendor;
    this.report = report;
  }

  public NvaVendor vendor() {
    return vendor;
  }

  public ConfigReport report() {
    return report;
  }

  public void hostname(String name) {
    hostname = name;
  }

  public void softwareVersion(String version) {
    softwareVersion = version;
  }

  public void frrDefaults(String profile) {
    frrDefaults = profile;
  }

  /** The interface named {@code name}, created at {@code location} on first use. */
  public InterfaceDraft iface(String name, SourceLocation location) {
    return interfaces.computeIfAbsent(name,
        n -> new InterfaceDraft(n, InterfaceKind.of(n, vendor), location, vendor == NvaVendor.CISCO_IOS_XE));
  }

  public void staticRoute(StaticRoute route) {
    staticRoutes.add(route);
  }

  /** The BGP process of {@code vrf} (null: the default VRF), created on first use. */
  public BgpDraft bgp(Asn asn, @Nullable String vrf, SourceLocation location) {
    for (BgpDraft draft : bgp) {
      if (java.util.Objects.equals(draft.vrf, vrf)) {
        return draft;
      }
    }
    BgpDraft draft = new BgpDraft(asn, vrf, location);
    bgp.add(draft);
    return draft;
  }

  public void prefixListEntry(String name, @Nullable Long sequence, Action action, Ipv4Prefix prefix,
      @Nullable Integer ge, @Nullable Integer le, SourceLocation location) {
    ListDraft<PrefixListEntry> list = prefixLists.computeIfAbsent(name, n -> new ListDraft<>(location));
    long seq = list.sequence(sequence);
    list.put(seq, new PrefixListEntry(seq, action, prefix, ge, le, location));
  }

  public void prefixListDescription(String name, String text, SourceLocation location) {
    prefixLists.computeIfAbsent(name, n -> new ListDraft<>(location));
    prefixListDescriptions.put(name, text);
  }

  public void asPathEntry(String name, @Nullable Long sequence, Action action, String regex, SourceLocation location) {
    ListDraft<AsPathAccessListEntry> list = asPathLists.computeIfAbsent(name, n -> new ListDraft<>(location));
    long seq = list.sequence(sequence);
    list.put(seq, new AsPathAccessListEntry(seq, action, regex, location));
  }

  public void communityEntry(String name, CommunityListKind kind, @Nullable Long sequence, Action action,
      List<Community> communities, String regex, SourceLocation location) {
    ListDraft<CommunityListEntry> list = communityLists.computeIfAbsent(name, n -> new ListDraft<>(location));
    communityListKinds.putIfAbsent(name, kind);
    long seq = list.sequence(sequence);
    list.put(seq, new CommunityListEntry(seq, action, communities, regex, location));
  }

  /** The entry {@code sequence} of route map {@code name}, created on first use. */
  public RouteMapEntryDraft routeMapEntry(String name, long sequence, Action action, SourceLocation location) {
    routeMapLocations.putIfAbsent(name, location);
    RouteMapEntryDraft entry = routeMaps.computeIfAbsent(name, n -> new TreeMap<>())
        .computeIfAbsent(sequence, s -> new RouteMapEntryDraft(s, location));
    entry.action = action;
    return entry;
  }

  /** The model, after the reference checks. */
  public NvaParseResult build() {
    List<NvaInterface> ifaces = interfaces.values().stream().map(InterfaceDraft::build).toList();
    List<BgpProcess> processes = bgp.stream().map(BgpDraft::build).toList();
    List<PrefixList> pls = new ArrayList<>();
    prefixLists.forEach((name, d) -> pls.add(
        new PrefixList(name, prefixListDescriptions.get(name), d.entries(), d.location)));
    List<AsPathAccessList> apls = new ArrayList<>();
    asPathLists.forEach((name, d) -> apls.add(new AsPathAccessList(name, d.entries(), d.location)));
    List<CommunityList> cls = new ArrayList<>();
    communityLists.forEach((name, d) -> cls.add(
        new CommunityList(name, communityListKinds.get(name), d.entries(), d.location)));
    List<RouteMap> rms = new ArrayList<>();
    routeMaps.forEach((name, entries) -> rms.add(new RouteMap(name,
        entries.values().stream().map(RouteMapEntryDraft::build).toList(), routeMapLocations.get(name))));
    NvaConfig config = new NvaConfig(file, vendor, hostname, softwareVersion, frrDefaults, ifaces, staticRoutes,
        processes, pls, rms, apls, cls);
    new ReferenceCheck(config, report).run();
    return new NvaParseResult(config, report.problems(), report.ignoredLines());
  }

  /** Entries keyed by sequence; a sequence given twice replaces the entry, as both vendors do. */
  private static final class ListDraft<T> {
    private final SourceLocation location;
    private final TreeMap<Long, T> entries = new TreeMap<>();

    ListDraft(SourceLocation location) {
      this.location = location;
    }

    /** {@code given}, or the next multiple of 5 above the highest so far (FRR filter.rst, IOS-XE). */
    long sequence(@Nullable Long given) {
      if (given != null) {
        return given;
      }
      long last = entries.isEmpty() ? 0 : entries.lastKey();
      return (last / 5 + 1) * 5;
    }

    void put(long sequence, T entry) {
      entries.put(sequence, entry);
    }

    List<T> entries() {
      return List.copyOf(entries.values());
    }
  }

  /** An interface while its block is read. */
  public static final class InterfaceDraft {
    private final String name;
    private final InterfaceKind kind;
    private final SourceLocation location;
    private @Nullable String description;
    private final List<InterfaceAddress> addresses = new ArrayList<>();
    private @Nullable String vrf;
    private boolean shutdown;
    private boolean tunnel;
    private @Nullable String tunnelSourceInterface;
    private @Nullable Ipv4Address tunnelSourceAddress;
    private @Nullable Ipv4Address tunnelDestination;
    private @Nullable TunnelMode tunnelMode;
    private @Nullable String tunnelModeText;
    private @Nullable String ipsecProfile;

    private final boolean replacePrimary;

    InterfaceDraft(String name, InterfaceKind kind, SourceLocation location, boolean replacePrimary) {
      this.name = name;
      this.kind = kind;
      this.location = location;
      this.replacePrimary = replacePrimary;
    }

    public void description(String text) {
      description = text;
    }

    /**
     * Adds an address. On IOS-XE a second primary address replaces the first; FRR keeps every
     * {@code ip address} line.
     */
    public void address(InterfaceAddress address) {
      if (!address.secondary() && replacePrimary) {
        addresses.removeIf(a -> !a.secondary());
        addresses.add(0, address);
      } else {
        addresses.add(address);
      }
    }

    public void vrf(String name) {
      vrf = name;
    }

    public void shutdown(boolean value) {
      shutdown = value;
    }

    public void tunnelSource(@Nullable String iface, @Nullable Ipv4Address address) {
      tunnel = true;
      tunnelSourceInterface = iface;
      tunnelSourceAddress = address;
    }

    public void tunnelDestination(Ipv4Address address) {
      tunnel = true;
      tunnelDestination = address;
    }

    public void tunnelMode(TunnelMode mode, String text) {
      tunnel = true;
      tunnelMode = mode;
      tunnelModeText = text;
    }

    public void ipsecProfile(String profile) {
      tunnel = true;
      ipsecProfile = profile;
    }

    NvaInterface build() {
      Tunnel t = tunnel ? new Tunnel(tunnelSourceInterface, tunnelSourceAddress, tunnelDestination, tunnelMode,
          tunnelModeText, ipsecProfile) : null;
      return new NvaInterface(name, kind, description, addresses, vrf, t, shutdown, location);
    }
  }

  /** A BGP process while its block is read. */
  public static final class BgpDraft {
    private final Asn asn;
    private final @Nullable String vrf;
    private final SourceLocation location;
    public @Nullable Ipv4Address routerId;
    public boolean defaultIpv4Unicast = true;
    public @Nullable Integer maximumPathsEbgp;
    public @Nullable Integer maximumPathsIbgp;
    public boolean asPathMultipathRelax;
    public boolean ebgpRequiresPolicyDisabled;
    public boolean networkImportCheckDisabled;
    public boolean deterministicMed;
    public boolean alwaysCompareMed;
    private final Map<String, BgpPeer.Builder> peers = new LinkedHashMap<>();
    private final Map<String, Integer> peerGroupLines = new LinkedHashMap<>();
    private final List<BgpNetwork> networks = new ArrayList<>();
    private final List<BgpAggregate> aggregates = new ArrayList<>();
    private final List<BgpRedistribution> redistributions = new ArrayList<>();

    BgpDraft(Asn asn, @Nullable String vrf, SourceLocation location) {
      this.asn = asn;
      this.vrf = vrf;
      this.location = location;
    }

    public Asn asn() {
      return asn;
    }

    /** The neighbour or peer group {@code name}, created at {@code location} on first use. */
    public BgpPeer.Builder peer(String name, SourceLocation location) {
      return peers.computeIfAbsent(name, n -> BgpPeer.builder(n, kindOf(n), location));
    }

    private static PeerKind kindOf(String name) {
      if (name.indexOf(':') >= 0) {
        return PeerKind.IPV6_ADDRESS;
      }
      if (name.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9')) && name.chars().filter(c -> c == '.').count() == 3) {
        return PeerKind.IPV4_ADDRESS;
      }
      return PeerKind.INTERFACE;
    }

    /** {@code neighbor NAME peer-group}: defines a peer group. */
    public void definePeerGroup(String name, SourceLocation location) {
      peer(name, location).kind(PeerKind.PEER_GROUP);
    }

    /** {@code neighbor X peer-group GROUP}; a second, different group is refused with a warning. */
    public void joinPeerGroup(String name, String group, SourceLocation location, ConfigReport report) {
      BgpPeer.Builder peer = peer(name, location);
      String current = peer.peerGroup();
      if (current != null && !current.equals(group)) {
        report.warn(TWO_PEER_GROUPS, location.line(), location.column(), "neighbor " + name + " is already in peer group "
                + current + " (line " + peerGroupLines.get(name) + "); a neighbour belongs to one peer group and the"
                + " router refuses the second one, so it stays in " + current,
            "remove one of the two \"neighbor " + name + " peer-group\" lines");
        return;
      }
      peer.peerGroup(group);
      peerGroupLines.putIfAbsent(name, location.line());
    }

    /** Changes the IPv4 unicast policy of {@code name}. */
    public void policy(String name, SourceLocation location, UnaryOperator<PeerPolicy.Builder> change) {
      BgpPeer.Builder peer = peer(name, location);
      peer.ipv4Unicast(change.apply(peer.ipv4Unicast().toBuilder()).build());
    }

    public void network(BgpNetwork network) {
      networks.add(network);
    }

    public void aggregate(BgpAggregate aggregate) {
      aggregates.add(aggregate);
    }

    public void redistribute(BgpRedistribution redistribution) {
      redistributions.add(redistribution);
    }

    BgpProcess build() {
      return BgpProcess.builder(asn, location)
          .vrf(vrf)
          .routerId(routerId)
          .defaultIpv4Unicast(defaultIpv4Unicast)
          .maximumPathsEbgp(maximumPathsEbgp)
          .maximumPathsIbgp(maximumPathsIbgp)
          .asPathMultipathRelax(asPathMultipathRelax)
          .ebgpRequiresPolicyDisabled(ebgpRequiresPolicyDisabled)
          .networkImportCheckDisabled(networkImportCheckDisabled)
          .deterministicMed(deterministicMed)
          .alwaysCompareMed(alwaysCompareMed)
          .peers(peers.values().stream().map(BgpPeer.Builder::build).toList())
          .networks(networks)
          .aggregates(aggregates)
          .redistributions(redistributions)
          .build();
    }
  }

  /** A route-map entry while its block is read. */
  public static final class RouteMapEntryDraft {
    private final long sequence;
    private final SourceLocation location;
    private Action action = Action.PERMIT;
    private @Nullable String description;
    private final List<RouteMapMatch> matches = new ArrayList<>();
    private final List<RouteMapSet> sets = new ArrayList<>();
    private @Nullable String call;
    private @Nullable OnMatch onMatch;

    RouteMapEntryDraft(long sequence, SourceLocation location) {
      this.sequence = sequence;
      this.location = location;
    }

    public void description(String text) {
      description = text;
    }

    public void match(RouteMapMatch match) {
      matches.add(match);
    }

    public void set(RouteMapSet set) {
      sets.add(set);
    }

    public void call(String name) {
      call = name;
    }

    public void onMatch(OnMatch value) {
      onMatch = value;
    }

    RouteMapEntry build() {
      return new RouteMapEntry(sequence, action, description, matches, sets, call, onMatch, location);
    }
  }
}
