package io.arsim.engine.intent;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Suggestions;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.SubnetRef;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.diff.Probes;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Outcome;
import io.arsim.engine.trace.Tracer;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the endpoints an intents file names against a design: what a trace starts from, and the
 * addresses it goes to with what counts as getting there.
 */
final class Endpoints {
  /** The address that stands for "the Internet" (public, in no VNet; what sweeps trace 0.0.0.0/0 to). */
  static final Ipv4Address INTERNET = Ipv4Address.parse("8.8.8.8");

  private static final List<String> PREFIXES = List.of("vm", "nva", "nic", "subnet", "vnet", "site", "gateway");

  /** Where traffic starts: a NIC, or a router outside Azure's fabric (or a gateway instance). */
  record Source(String label, @Nullable AttachedInterface nic, @Nullable String node, Ipv4Address address,
      @Nullable Ipv4Prefix prefix) {
    /** The VM, NVA or node whose failure takes the source down. */
    String machine() {
      return nic != null ? nic.owner() : java.util.Objects.requireNonNull(node);
    }
  }

  /** What getting to a destination means. */
  enum Kind {
    /** A NIC owns the address: delivered to it. */
    NIC(EnumSet.of(Outcome.DELIVERED)),
    /** An address in a VNet with no NIC on it: delivered into the VNet. */
    AZURE(EnumSet.of(Outcome.DELIVERED, Outcome.DELIVERED_TO_VNET)),
    /** The Internet: leaves Azure to it. */
    INTERNET(EnumSet.of(Outcome.INTERNET)),
    /**
     * An on-premises site, a branch, or a prefix outside Azure: leaves through a gateway or an NVA
     * toward it, or (from outside) is delivered to the router that originates it.
     */
    OUTSIDE(EnumSet.of(Outcome.GATEWAY, Outcome.BEYOND_NVA, Outcome.DELIVERED));

    private final Set<Outcome> arrivals;

    Kind(Set<Outcome> arrivals) {
      this.arrivals = arrivals;
    }

    boolean arrived(Branch branch) {
      return arrivals.contains(branch.outcome());
    }
  }

  /**
   * Where traffic goes.
   *
   * @param label as shown: the name, with the address when they differ
   * @param machine the VM or NVA owning it, or the node originating it, whose failure takes it down
   */
  record Target(String label, Ipv4Address address, Kind kind, @Nullable Ipv4Prefix prefix, @Nullable String machine,
      boolean returnable) {}

  /** A name the design does not resolve, with the problem code and a fix. */
  static final class Unresolved extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;
    final String fix;

    Unresolved(String code, String message, String fix) {
      super(message, null, false, false);
      this.code = code;
      this.fix = fix;
    }
  }

  private final Topology topology;
  private final Network network;
  private final Tracer tracer;
  private final SortedSet<Ipv4Prefix> known = new TreeSet<>();

  Endpoints(Topology topology, Network network, Tracer tracer) {
    this.topology = topology;
    this.network = network;
    this.tracer = tracer;
    for (VirtualNetwork v : topology.virtualNetworks()) {
      for (IpPrefix p : v.addressSpace()) {
        if (p instanceof Ipv4Prefix p4) {
          known.add(p4);
        }
      }
    }
    for (Node n : network.nodes()) {
      if (n.kind() == SpeakerKind.ON_PREMISES) {
        n.originated().forEach(r -> known.add(r.prefix()));
      }
    }
  }

  /** What a name can stand for. */
  private enum What { MACHINE, NIC, SUBNET, VNET, SITE, GATEWAY, INTERNET, ADDRESS, PREFIX }

  private record Match(What what, String name) {}

  private Match match(String text) throws Unresolved {
    String t = text.strip();
    int colon = t.indexOf(':');
    if (colon > 0 && PREFIXES.contains(t.substring(0, colon).toLowerCase(Locale.ROOT))) {
      String kind = t.substring(0, colon).toLowerCase(Locale.ROOT);
      String name = t.substring(colon + 1).strip();
      What what = switch (kind) {
        case "vm", "nva" -> What.MACHINE;
        case "nic" -> What.NIC;
        case "subnet" -> What.SUBNET;
        case "vnet" -> What.VNET;
        case "site" -> What.SITE;
        default -> What.GATEWAY;
      };
      if (!matches(name).contains(what)) {
        throw new Unresolved("unknown-endpoint", "the design has no " + kind + " named \"" + name + "\"",
            suggestion(name));
      }
      return new Match(what, name);
    }
    if (t.equalsIgnoreCase("internet")) {
      return new Match(What.INTERNET, t);
    }
    if (t.contains("/") && Character.isDigit(t.charAt(0))) {
      try {
        Ipv4Prefix.parse(t);
        return new Match(What.PREFIX, t);
      } catch (IllegalArgumentException e) {
        if (t.matches("[0-9./]+")) {
          throw new Unresolved("invalid-value", "\"" + t + "\" is not a valid prefix: " + e.getMessage(),
              "write a prefix such as 172.16.0.0/16 (no host bits set)");
        }
      }
    }
    if (t.matches("[0-9.]+")) {
      try {
        Ipv4Address.parse(t);
        return new Match(What.ADDRESS, t);
      } catch (IllegalArgumentException e) {
        throw new Unresolved("invalid-value", "\"" + t + "\" is not a valid IPv4 address: " + e.getMessage(),
            "write an address such as 10.0.1.4");
      }
    }
    Set<What> found = matches(t);
    if (found.isEmpty()) {
      throw new Unresolved("unknown-endpoint", "the design has no VM, NVA, NIC, subnet, VNet, on-premises site, branch"
          + " or gateway named \"" + t + "\"", suggestion(t));
    }
    if (found.size() > 1) {
      List<String> ways = found.stream().map(w -> switch (w) {
        case MACHINE -> "vm:" + t;
        case NIC -> "nic:" + t;
        case SUBNET -> "subnet:" + t;
        case VNET -> "vnet:" + t;
        case SITE -> "site:" + t;
        default -> "gateway:" + t;
      }).toList();
      throw new Unresolved("ambiguous-endpoint", "\"" + t + "\" names several things of the design",
          "write " + String.join(" or ", ways));
    }
    return new Match(found.iterator().next(), t);
  }

  private Set<What> matches(String name) {
    Set<What> found = EnumSet.noneOf(What.class);
    for (AttachedInterface a : topology.allInterfaces()) {
      if (a.owner().equals(name)) {
        found.add(What.MACHINE);
      }
      if (a.networkInterface().name().equals(name)) {
        found.add(What.NIC);
      }
    }
    if (name.contains("/") && network.node(name).isEmpty()) {
      try {
        if (topology.subnet(SubnetRef.parse(name)).isPresent()) {
          found.add(What.SUBNET);
        }
      } catch (IllegalArgumentException e) {
        // not vnet/subnet
      }
    }
    if (topology.virtualNetwork(name).isPresent()) {
      found.add(What.VNET);
    }
    for (Node n : network.nodes()) {
      if (n.kind() == SpeakerKind.ON_PREMISES && n.name().equals(name)) {
        found.add(What.SITE);
      } else if (n.kind() == SpeakerKind.GATEWAY && (n.name().equals(name) || n.owner().equals(name))) {
        found.add(What.GATEWAY);
      }
    }
    return found;
  }

  private String suggestion(String wrong) {
    List<String> names = new ArrayList<>();
    topology.allInterfaces().forEach(a -> {
      names.add(a.owner());
      names.add(a.networkInterface().name());
    });
    topology.virtualNetworks().forEach(v -> {
      names.add(v.name());
      v.subnets().forEach(s -> names.add(v.name() + "/" + s.name()));
    });
    network.nodes().stream().filter(n -> n.kind() == SpeakerKind.ON_PREMISES || n.kind() == SpeakerKind.GATEWAY)
        .forEach(n -> {
          names.add(n.owner());
          names.add(n.name());
        });
    names.add("internet");
    List<String> distinct = names.stream().distinct().sorted().toList();
    return Suggestions.closest(wrong, distinct).map(s -> "did you mean \"" + s + "\"?")
        .orElse("name a VM, NVA, NIC, subnet (vnet/subnet), VNet, on-premises site, branch, gateway, address, prefix"
            + " or internet; the design has " + String.join(", ", distinct.stream().limit(20).toList())
            + (distinct.size() > 20 ? ", ..." : ""));
  }

  /** The sources a {@code from} names; each one a trace starts at. */
  List<Source> sources(String text) throws Unresolved {
    Match m = match(text);
    switch (m.what()) {
      case MACHINE -> {
        AttachedInterface a = topology.allInterfaces().stream().filter(x -> x.owner().equals(m.name())).findFirst()
            .orElseThrow();
        return List.of(nicSource(m.name(), a));
      }
      case NIC -> {
        AttachedInterface a = topology.allInterfaces().stream()
            .filter(x -> x.networkInterface().name().equals(m.name())).findFirst().orElseThrow();
        return List.of(nicSource(m.name(), a));
      }
      case SUBNET -> {
        SubnetRef ref = SubnetRef.parse(m.name());
        List<Source> nics = topology.allInterfaces().stream().filter(a -> a.networkInterface().subnet().equals(ref))
            .map(a -> nicSource(a.owner(), a)).toList();
        return nics.isEmpty() ? List.of(placeholder(ref)) : nics;
      }
      case VNET -> {
        List<Source> vms = vmInterfaces(m.name()).stream().map(a -> nicSource(a.owner(), a)).toList();
        if (!vms.isEmpty()) {
          return vms;
        }
        VirtualNetwork v = topology.virtualNetwork(m.name()).orElseThrow();
        Subnet first = v.subnets().stream().filter(s -> !s.name().equals(Subnet.ROUTE_SERVER_SUBNET)
            && !s.name().equals(Subnet.GATEWAY_SUBNET) && s.addressPrefix() instanceof Ipv4Prefix).findFirst()
            .orElseThrow(() -> new Unresolved("unknown-endpoint", "VNet " + m.name() + " has no VM and no workload"
                + " subnet for traffic to start in", "name a VM, or give the VNet a subnet"));
        return List.of(placeholder(new SubnetRef(v.name(), first.name())));
      }
      case SITE -> {
        return List.of(nodeSource(m.name(), tracer.defaultSource(m.name())));
      }
      case GATEWAY -> {
        String node = network.node(m.name()).map(Node::name).orElseGet(() -> network.nodes().stream()
            .filter(n -> n.kind() == SpeakerKind.GATEWAY && n.owner().equals(m.name())).map(Node::name).sorted()
            .findFirst().orElseThrow());
        return List.of(nodeSource(node, tracer.defaultSource(node)));
      }
      case INTERNET -> throw new Unresolved("invalid-endpoint", "traffic from the Internet is not modelled (arsim has"
          + " no public addresses or DNAT)", "start at a VM, subnet, on-premises site or branch; check the way back"
          + " with symmetric: true");
      case ADDRESS, PREFIX -> {
        Ipv4Address address = m.what() == What.ADDRESS ? Ipv4Address.parse(m.name())
            : Probes.addressIn(Ipv4Prefix.parse(m.name()), known);
        Optional<AttachedInterface> owner = tracer.owner(address);
        if (owner.isPresent() && m.what() == What.ADDRESS) {
          return List.of(nicSource(owner.get().owner(), owner.get()));
        }
        Optional<Node> site = tracer.outsideOwner(address);
        if (site.isPresent()) {
          return List.of(new Source(m.name(), null, site.get().name(), address, originatedPrefix(site.get(), address)));
        }
        throw new Unresolved("invalid-endpoint", "no NIC, on-premises site or branch of the design owns " + m.name()
            + ", so no trace can start there", "start at a VM, NIC, subnet, on-premises site or branch");
      }
      default -> throw new IllegalStateException(m.what().name());
    }
  }

  /** The destinations a {@code to} names. */
  List<Target> targets(String text) throws Unresolved {
    Match m = match(text);
    switch (m.what()) {
      case MACHINE -> {
        AttachedInterface a = topology.allInterfaces().stream().filter(x -> x.owner().equals(m.name())).findFirst()
            .orElseThrow();
        return List.of(nicTarget(m.name(), a));
      }
      case NIC -> {
        AttachedInterface a = topology.allInterfaces().stream()
            .filter(x -> x.networkInterface().name().equals(m.name())).findFirst().orElseThrow();
        return List.of(nicTarget(m.name(), a));
      }
      case SUBNET -> {
        SubnetRef ref = SubnetRef.parse(m.name());
        List<Target> nics = topology.allInterfaces().stream().filter(a -> a.networkInterface().subnet().equals(ref))
            .map(a -> nicTarget(a.owner(), a)).toList();
        if (!nics.isEmpty()) {
          return nics;
        }
        Ipv4Prefix prefix = (Ipv4Prefix) topology.subnet(ref).orElseThrow().addressPrefix();
        Ipv4Address first = prefix.first().plus(4);
        return List.of(new Target(m.name() + " (" + first + ")", first, Kind.AZURE, prefix, null, false));
      }
      case VNET -> {
        List<Target> vms = vmInterfaces(m.name()).stream().map(a -> nicTarget(a.owner(), a)).toList();
        if (!vms.isEmpty()) {
          return vms;
        }
        VirtualNetwork v = topology.virtualNetwork(m.name()).orElseThrow();
        Ipv4Prefix prefix = v.addressSpace().stream().filter(p -> p instanceof Ipv4Prefix).map(p -> (Ipv4Prefix) p)
            .findFirst().orElseThrow(() -> new Unresolved("unknown-endpoint", "VNet " + m.name() + " has no IPv4"
                + " address space", "give it one"));
        Ipv4Address first = prefix.first().plus(4);
        return List.of(new Target(m.name() + " (" + first + ")", first, Kind.AZURE, prefix, null, false));
      }
      case SITE -> {
        Node site = network.node(m.name()).orElseThrow();
        if (site.originated().isEmpty()) {
          throw new Unresolved("invalid-endpoint", m.name() + " advertises no prefix, so nothing can be sent to it",
              "give it prefixes, or name an address behind it");
        }
        List<Target> targets = new ArrayList<>();
        for (BgpRoute route : site.originated()) {
          Ipv4Address address = Probes.addressIn(route.prefix(), known);
          targets.add(new Target(site.originated().size() == 1 ? m.name() + " (" + address + ")"
              : m.name() + " " + route.prefix() + " (" + address + ")", address, Kind.OUTSIDE, route.prefix(),
              site.name(), true));
        }
        return targets;
      }
      case GATEWAY -> throw new Unresolved("invalid-endpoint", m.name() + " is a gateway: traffic passes it on its way"
          + " to on-premises, it is not where traffic goes", "name the on-premises site, branch or prefix behind it");
      case INTERNET -> {
        return List.of(new Target("internet (" + INTERNET + ")", INTERNET, Kind.INTERNET, Ipv4Prefix.DEFAULT_ROUTE,
            null, false));
      }
      case ADDRESS, PREFIX -> {
        Ipv4Prefix prefix = m.what() == What.PREFIX ? Ipv4Prefix.parse(m.name()) : null;
        Ipv4Address address = prefix == null ? Ipv4Address.parse(m.name()) : Probes.addressIn(prefix, known);
        String label = prefix == null ? m.name() : m.name() + " (" + address + ")";
        Optional<AttachedInterface> owner = tracer.owner(address);
        if (owner.isPresent()) {
          return List.of(new Target(label, address, Kind.NIC, prefix, owner.get().owner(), true));
        }
        Optional<Ipv4Prefix> vnet = known.stream().filter(p -> p.contains(address) && inVnet(p)).findFirst();
        if (vnet.isPresent()) {
          return List.of(new Target(label, address, Kind.AZURE, prefix == null ? vnet.get() : prefix, null, false));
        }
        Optional<Node> site = tracer.outsideOwner(address);
        if (site.isPresent()) {
          return List.of(new Target(label, address, Kind.OUTSIDE, prefix == null ? originatedPrefix(site.get(), address)
              : prefix, site.get().name(), true));
        }
        return List.of(new Target(label, address, Kind.OUTSIDE, prefix, null, false));
      }
      default -> throw new IllegalStateException(m.what().name());
    }
  }

  private boolean inVnet(Ipv4Prefix prefix) {
    return topology.virtualNetworks().stream().anyMatch(v -> v.addressSpace().contains(prefix));
  }

  /**
   * The waypoints a path can cross: NVAs, load balancers, and VMs (a firewall modelled as a VM with
   * IP forwarding).
   */
  Set<String> waypoints() {
    Set<String> names = new TreeSet<>();
    topology.allInterfaces().forEach(a -> names.add(a.owner()));
    topology.loadBalancers().forEach(b -> names.add(b.name()));
    return names;
  }

  private List<AttachedInterface> vmInterfaces(String vnet) {
    List<AttachedInterface> result = new ArrayList<>();
    for (VirtualMachine vm : topology.virtualMachines()) {
      if (!vm.networkInterfaces().isEmpty() && vm.networkInterfaces().get(0).subnet().virtualNetwork().equals(vnet)) {
        result.add(new AttachedInterface(vm.name(), false, vm.networkInterfaces().get(0)));
      }
    }
    return result;
  }

  private Source nicSource(String label, AttachedInterface a) {
    Ipv4Address address = a.networkInterface().privateIpAddress();
    return new Source(label, a, null, address, vnetPrefix(address));
  }

  private Target nicTarget(String label, AttachedInterface a) {
    Ipv4Address address = a.networkInterface().privateIpAddress();
    return new Target(label, address, Kind.NIC, vnetPrefix(address), a.owner(), true);
  }

  /** A stand-in NIC at the first usable address of a subnet without NICs (Azure reserves the first four). */
  private Source placeholder(SubnetRef ref) throws Unresolved {
    IpPrefix p = topology.subnet(ref).orElseThrow().addressPrefix();
    if (!(p instanceof Ipv4Prefix prefix) || prefix.length() > 29) {
      throw new Unresolved("invalid-endpoint", "subnet " + ref + " has no NIC and no IPv4 address to start from",
          "name a VM, or give the subnet an IPv4 prefix");
    }
    Ipv4Address address = prefix.first().plus(4);
    NetworkInterface nic = new NetworkInterface(ref.toString(), ref, address, false);
    return new Source(ref.toString(), new AttachedInterface(ref.toString(), false, nic), null, address, prefix);
  }

  private Source nodeSource(String node, Ipv4Address address) {
    Node n = network.node(node).orElseThrow();
    return new Source(node, null, node, address, originatedPrefix(n, address));
  }

  private @Nullable Ipv4Prefix originatedPrefix(Node node, Ipv4Address address) {
    return node.originated().stream().map(BgpRoute::prefix).filter(p -> p.contains(address))
        .max(java.util.Comparator.comparingInt(Ipv4Prefix::length)).orElse(null);
  }

  private @Nullable Ipv4Prefix vnetPrefix(Ipv4Address address) {
    return known.stream().filter(p -> p.contains(address) && inVnet(p))
        .max(java.util.Comparator.comparingInt(Ipv4Prefix::length)).orElse(null);
  }
}
