package io.arsim.core.topology.validation;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.ProblemSink;
import io.arsim.core.problem.Suggestions;
import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.BranchSite;
import io.arsim.core.topology.ExtensionResource;
import io.arsim.core.topology.HealthProbe;
import io.arsim.core.topology.LoadBalancer;
import io.arsim.core.topology.LoadBalancerProtocol;
import io.arsim.core.topology.LoadBalancingRule;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.StaticRoute;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.Tunnel;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.core.topology.VirtualNetwork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validation rules of the data-plane elements: internal load balancers, branches, and the NVAs'
 * own routing (loopbacks, tunnels, static routes, SNAT). Each rule has a stable code documented in
 * docs/topology.md; {@link TopologyValidator} runs these after its own rules.
 */
final class DataPlaneChecks {
  private final Topology topology;
  private final ProblemSink sink;

  DataPlaneChecks(Topology topology, ProblemSink sink) {
    this.topology = topology;
    this.sink = sink;
  }

  void all() {
    names();
    for (int i = 0; i < topology.loadBalancers().size(); i++) {
      loadBalancer(i, topology.loadBalancers().get(i));
    }
    for (int i = 0; i < topology.branches().size(); i++) {
      branch(i, topology.branches().get(i));
    }
    overlayAddresses();
    for (int i = 0; i < topology.networkVirtualAppliances().size(); i++) {
      NetworkVirtualAppliance nva = topology.networkVirtualAppliances().get(i);
      tunnels(i, nva);
      staticRoutes(i, nva);
    }
    for (int i = 0; i < topology.virtualMachines().size(); i++) {
      VirtualMachine vm = topology.virtualMachines().get(i);
      for (int n = 0; n < vm.networkInterfaces().size(); n++) {
        if (vm.networkInterfaces().get(n).sourceNat()) {
          sink.warning("source-nat-on-vm", "/virtualMachines/" + i + "/networkInterfaces/" + n + "/sourceNat",
              "VM \"" + vm.name() + "\" sets sourceNat on NIC \"" + vm.networkInterfaces().get(n).name()
                  + "\"; only NVAs forward and translate traffic, so arsim ignores it",
              "remove sourceNat, or model the machine as an NVA");
        }
      }
    }
  }

  // ---------------------------------------------------------------- names

  private void names() {
    unique(topology.loadBalancers().stream().map(LoadBalancer::name).toList(), "/loadBalancers", "load balancer");
    unique(topology.branches().stream().map(BranchSite::name).toList(), "/branches", "branch");
    Map<String, String> nodes = new HashMap<>();
    topology.virtualMachines().forEach(v -> nodes.putIfAbsent(v.name(), "VM \"" + v.name() + "\""));
    topology.networkVirtualAppliances().forEach(n -> nodes.putIfAbsent(n.name(), "NVA \"" + n.name() + "\""));
    topology.routeServers().forEach(r -> nodes.putIfAbsent(r.name(), "route server \"" + r.name() + "\""));
    topology.extensions().forEach((kind, resources) -> {
      for (ExtensionResource r : resources) {
        nodes.putIfAbsent(r.name(), "extension resource \"" + r.name() + "\" (" + kind + ")");
      }
    });
    for (int i = 0; i < topology.branches().size(); i++) {
      String name = topology.branches().get(i).name();
      String user = nodes.get(name);
      if (user != null) {
        sink.error("duplicate-name", "/branches/" + i + "/name",
            "the name \"" + name + "\" is already used by " + user
                + "; a branch is a BGP speaker, named like NVAs, route servers and extension resources",
            "give the branch its own name");
      }
    }
    for (int i = 0; i < topology.networkVirtualAppliances().size(); i++) {
      NetworkVirtualAppliance nva = topology.networkVirtualAppliances().get(i);
      unique(nva.tunnels().stream().map(Tunnel::name).toList(), "/networkVirtualAppliances/" + i + "/tunnels",
          "tunnel");
    }
  }

  private void unique(List<String> names, String base, String what) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Integer first = seen.putIfAbsent(names.get(i), i);
      if (first != null) {
        sink.error("duplicate-name", base + "/" + i + "/name",
            "the " + what + " name \"" + names.get(i) + "\" is already used by entry " + first + " of the same list",
            "give each " + what + " a unique name");
      }
    }
  }

  // ---------------------------------------------------------------- load balancers

  private void loadBalancer(int i, LoadBalancer lb) {
    String at = "/loadBalancers/" + i;
    Optional<String> frontendVnet = frontend(at + "/frontend", lb);
    Map<String, AttachedInterface> nics = new HashMap<>();
    topology.allInterfaces().forEach(a -> nics.putIfAbsent(a.networkInterface().name(), a));
    Set<String> pool = new HashSet<>();
    for (int b = 0; b < lb.backendPool().size(); b++) {
      String name = lb.backendPool().get(b);
      String bat = at + "/backendPool/" + b;
      AttachedInterface nic = nics.get(name);
      if (nic == null) {
        dangling(bat, "NIC", name, nics.keySet(), "networkInterfaces of an NVA");
        continue;
      }
      if (!pool.add(name)) {
        sink.error("duplicate-backend", bat, "NIC \"" + name + "\" is listed twice in the backend pool of load"
            + " balancer \"" + lb.name() + "\"", "list each NIC once");
        continue;
      }
      String nicVnet = nic.networkInterface().subnet().virtualNetwork();
      if (frontendVnet.isPresent() && !frontendVnet.get().equals(nicVnet)) {
        sink.error("backend-outside-vnet", bat,
            "NIC \"" + name + "\" (VNet " + nicVnet + ") is not in VNet " + frontendVnet.get() + " of load balancer \""
                + lb.name() + "\"'s frontend; Azure scopes a backend pool to one virtual network",
            "use NICs of VNet " + frontendVnet.get() + ", or a load balancer in VNet " + nicVnet);
      }
    }
    if (lb.backendPool().isEmpty()) {
      sink.warning("empty-backend-pool", at + "/backendPool",
          "load balancer \"" + lb.name() + "\" has no backend, so it drops every flow sent to it",
          "add the NICs of the NVAs behind it to backendPool");
    }
    if (lb.rules().isEmpty()) {
      sink.warning("no-load-balancing-rules", at + "/rules",
          "load balancer \"" + lb.name() + "\" has no load-balancing rule, so it forwards nothing",
          "add an HA-ports rule: {name: ha-ports, protocol: All, frontendPort: 0, backendPort: 0}");
    }
    unique(lb.rules().stream().map(LoadBalancingRule::name).toList(), at + "/rules", "rule");
    for (int r = 0; r < lb.rules().size(); r++) {
      rule(at + "/rules/" + r, lb.rules().get(r));
    }
    HealthProbe probe = lb.healthProbe();
    if (probe == null && !lb.rules().isEmpty()) {
      sink.warning("missing-health-probe", at,
          "load balancer \"" + lb.name() + "\" has rules but no health probe; Azure Load Balancer rules require one"
              + " (arsim takes a backend as healthy while its NVA is up either way)",
          "add healthProbe: {protocol: Tcp, port: <a port the NVAs answer on, e.g. 22>}");
    }
    if (probe != null) {
      if (probe.port() < 1 || probe.port() > 65535) {
        sink.error("invalid-value", at + "/healthProbe/port",
            "health probe port " + probe.port() + " is out of range 1..65535", "probe a port the NVA answers on, e.g. 22");
      }
      boolean http = probe.protocol() != HealthProbe.ProbeProtocol.Tcp;
      if (http && probe.requestPath() == null) {
        sink.error("invalid-value", at + "/healthProbe",
            "an " + probe.protocol() + " health probe needs a requestPath (Azure requires it)",
            "add requestPath, e.g. /health, or use protocol: Tcp");
      } else if (!http && probe.requestPath() != null) {
        sink.error("invalid-value", at + "/healthProbe/requestPath",
            "a Tcp health probe takes no requestPath (\"" + probe.requestPath() + "\")",
            "remove requestPath, or use protocol: Http");
      }
    }
  }

  /** Checks the frontend; its VNet when the subnet exists. */
  private Optional<String> frontend(String at, LoadBalancer lb) {
    var ref = lb.frontend().subnet();
    Optional<VirtualNetwork> vnet = topology.virtualNetwork(ref.virtualNetwork());
    if (vnet.isEmpty()) {
      dangling(at + "/subnet", "VNet", ref.virtualNetwork(),
          topology.virtualNetworks().stream().map(VirtualNetwork::name).toList(), "virtualNetworks");
      return Optional.empty();
    }
    Optional<Subnet> subnet = vnet.get().subnet(ref.subnet());
    if (subnet.isEmpty()) {
      dangling(at + "/subnet", "subnet of VNet \"" + vnet.get().name() + "\"", ref.subnet(),
          vnet.get().subnets().stream().map(Subnet::name).toList(),
          "virtualNetworks[" + vnet.get().name() + "].subnets");
      return Optional.empty();
    }
    Ipv4Address ip = lb.frontend().privateIpAddress();
    if (subnet.get().addressPrefix() instanceof Ipv4Prefix prefix) {
      if (!prefix.contains(ip)) {
        sink.error("address-outside-subnet", at + "/privateIpAddress",
            "frontend address " + ip + " is outside its subnet " + ref + " (" + prefix + ")",
            "choose an address from " + prefix.first().plus(4) + " to " + prefix.last().plus(-1));
      } else if (ip.unsigned() - prefix.first().unsigned() < 4 || ip.equals(prefix.last())) {
        sink.error("reserved-address", at + "/privateIpAddress",
            "frontend address " + ip + " is reserved by Azure in subnet " + prefix
                + " (the first four addresses and the last one are reserved)",
            "choose an address from " + prefix.first().plus(4) + " to " + prefix.last().plus(-1));
      }
    }
    if (subnet.get().name().equals(Subnet.ROUTE_SERVER_SUBNET) || subnet.get().name().equals(Subnet.GATEWAY_SUBNET)) {
      sink.error("frontend-in-reserved-subnet", at + "/subnet",
          "load balancer \"" + lb.name() + "\" has its frontend in " + subnet.get().name()
              + ", which is dedicated to the route server or the gateways",
          "put the frontend in the NVAs' subnet");
    }
    for (AttachedInterface a : topology.allInterfaces()) {
      NetworkInterface nic = a.networkInterface();
      if (nic.privateIpAddress().equals(ip) && nic.subnet().virtualNetwork().equals(vnet.get().name())) {
        sink.error("duplicate-address", at + "/privateIpAddress",
            "frontend address " + ip + " of load balancer \"" + lb.name() + "\" is already used by NIC \""
                + nic.name() + "\" of " + a.owner(),
            "give the frontend its own address");
      }
    }
    for (LoadBalancer other : topology.loadBalancers()) {
      if (other == lb) {
        break;
      }
      if (other.frontend().privateIpAddress().equals(ip)
          && other.frontend().subnet().virtualNetwork().equals(vnet.get().name())) {
        sink.error("duplicate-address", at + "/privateIpAddress",
            "frontend address " + ip + " is already the frontend of load balancer \"" + other.name() + "\"",
            "give each load balancer its own frontend address");
      }
    }
    return vnet.map(VirtualNetwork::name);
  }

  private void rule(String at, LoadBalancingRule rule) {
    if (rule.protocol() == LoadBalancerProtocol.All) {
      if (!rule.haPorts()) {
        sink.error("invalid-value", at,
            "rule \"" + rule.name() + "\" has protocol All with ports " + rule.frontendPort() + "/" + rule.backendPort()
                + "; protocol All is the HA-ports rule and takes port 0 on both sides",
            "set frontendPort: 0 and backendPort: 0, or use protocol Tcp or Udp for one port");
      }
      return;
    }
    for (String side : List.of("frontendPort", "backendPort")) {
      int port = side.equals("frontendPort") ? rule.frontendPort() : rule.backendPort();
      if (port < 1 || port > 65535) {
        sink.error("invalid-value", at + "/" + side,
            "rule \"" + rule.name() + "\" (" + rule.protocol() + ") has " + side + " " + port
                + "; a " + rule.protocol() + " rule forwards one port 1..65535",
            "give the port, or use protocol: All with ports 0 for HA ports");
      }
    }
  }

  // ---------------------------------------------------------------- branches

  private void branch(int i, BranchSite branch) {
    String at = "/branches/" + i;
    long asn = branch.asn().value();
    if (asn == Asn.AZURE_ROUTE_SERVER.value() || asn == Asn.MICROSOFT_EDGE.value()) {
      sink.warning("reserved-branch-asn", at + "/asn",
          "branch \"" + branch.name() + "\" uses ASN " + asn + ", which Azure reserves ("
              + (asn == Asn.AZURE_ROUTE_SERVER.value() ? "route servers and gateways" : "the Microsoft edge")
              + "); route servers drop paths holding it",
          "give the branch a private ASN of its own, e.g. 65100");
    }
    boolean reached = topology.networkVirtualAppliances().stream()
        .anyMatch(n -> n.tunnels().stream().anyMatch(t -> branch.name().equals(t.remote())));
    if (!reached) {
      sink.warning("unreachable-branch", at,
          "no NVA has a tunnel to branch \"" + branch.name() + "\", so it peers with nothing",
          "add a tunnel with remote: " + branch.name() + " to the NVA that terminates the site's tunnel");
    }
  }

  // ---------------------------------------------------------------- overlay addresses

  /** Loopback and tunnel addresses: one owner each, and not the address of a NIC or load balancer. */
  private void overlayAddresses() {
    Map<Ipv4Address, String> owners = new HashMap<>();
    topology.allInterfaces().forEach(a -> owners.putIfAbsent(a.networkInterface().privateIpAddress(),
        "NIC \"" + a.networkInterface().name() + "\""));
    topology.loadBalancers().forEach(b -> owners.putIfAbsent(b.frontend().privateIpAddress(),
        "load balancer \"" + b.name() + "\""));
    for (int n = 0; n < topology.networkVirtualAppliances().size(); n++) {
      NetworkVirtualAppliance nva = topology.networkVirtualAppliances().get(n);
      String at = "/networkVirtualAppliances/" + n;
      for (int l = 0; l < nva.loopbacks().size(); l++) {
        claim(owners, nva.loopbacks().get(l), at + "/loopbacks/" + l, "loopback of NVA \"" + nva.name() + "\"");
      }
      for (int t = 0; t < nva.tunnels().size(); t++) {
        Tunnel tunnel = nva.tunnels().get(t);
        claim(owners, tunnel.localAddress(), at + "/tunnels/" + t + "/localAddress",
            "tunnel \"" + tunnel.name() + "\" of NVA \"" + nva.name() + "\"");
      }
    }
  }

  private void claim(Map<Ipv4Address, String> owners, Ipv4Address address, String pointer, String user) {
    String first = owners.putIfAbsent(address, user);
    if (first != null) {
      sink.error("duplicate-address", pointer, "address " + address + " of the " + user + " is already used by "
          + first, "give every loopback and tunnel interface its own address");
    }
  }

  // ---------------------------------------------------------------- tunnels

  private void tunnels(int n, NetworkVirtualAppliance nva) {
    for (int t = 0; t < nva.tunnels().size(); t++) {
      Tunnel tunnel = nva.tunnels().get(t);
      String at = "/networkVirtualAppliances/" + n + "/tunnels/" + t;
      if (tunnel.localAddress().equals(tunnel.remoteAddress())) {
        sink.error("invalid-value", at + "/remoteAddress",
            "tunnel \"" + tunnel.name() + "\" has the same address " + tunnel.localAddress() + " at both ends",
            "give the far end its own address, e.g. the other host of a /30 or /31");
      }
      if (tunnel.type().blockedInVirtualNetworks()) {
        sink.warning("gre-blocked", at + "/type",
            "tunnel \"" + tunnel.name() + "\" of NVA \"" + nva.name() + "\" is plain GRE, which Azure blocks inside"
                + " virtual networks (VNet FAQ), so the tunnel carries nothing and BGP over it stays down",
            "use IPsec (GRE protected by IPsec counts as type: IPsec) or VXLAN");
      }
      String remote = tunnel.remote();
      if (remote == null) {
        continue;
      }
      Optional<NetworkVirtualAppliance> far = topology.networkVirtualAppliance(remote);
      if (remote.equals(nva.name())) {
        sink.error("self-tunnel", at + "/remote", "tunnel \"" + tunnel.name() + "\" of NVA \"" + nva.name()
            + "\" ends at the NVA itself", "name the branch or NVA at the far end");
      } else if (far.isPresent()) {
        boolean mirrored = far.get().tunnels().stream().anyMatch(x -> nva.name().equals(x.remote())
            && x.localAddress().equals(tunnel.remoteAddress()) && x.remoteAddress().equals(tunnel.localAddress()));
        if (!mirrored) {
          sink.warning("one-sided-tunnel", at,
              "NVA \"" + remote + "\" has no tunnel back to \"" + nva.name() + "\" with local address "
                  + tunnel.remoteAddress() + " and remote address " + tunnel.localAddress()
                  + "; the tunnel stays down",
              "add to networkVirtualAppliances[" + remote + "].tunnels: {name: ..., type: " + tunnel.type()
                  + ", localAddress: " + tunnel.remoteAddress() + ", remoteAddress: " + tunnel.localAddress()
                  + ", remote: " + nva.name() + "}");
        }
      } else if (topology.branch(remote).isEmpty()) {
        List<String> known = new ArrayList<>();
        topology.branches().forEach(b -> known.add(b.name()));
        topology.networkVirtualAppliances().forEach(x -> known.add(x.name()));
        dangling(at + "/remote", "branch or NVA", remote, known, "branches or networkVirtualAppliances");
      }
    }
  }

  // ---------------------------------------------------------------- static routes

  private void staticRoutes(int n, NetworkVirtualAppliance nva) {
    Set<String> seen = new HashSet<>();
    for (int r = 0; r < nva.staticRoutes().size(); r++) {
      StaticRoute route = nva.staticRoutes().get(r);
      String at = "/networkVirtualAppliances/" + n + "/staticRoutes/" + r;
      if ((route.nextHop() == null) == (route.tunnel() == null)) {
        sink.error("static-route-next-hop", at,
            "static route " + route.prefix() + " of NVA \"" + nva.name() + "\" needs exactly one of nextHop and"
                + " tunnel",
            "write nextHop: <address> (e.g. the NIC subnet's first address) or tunnel: <tunnel name>");
        continue;
      }
      if (route.distance() < 1 || route.distance() > 255) {
        sink.error("invalid-value", at + "/distance",
            "distance " + route.distance() + " is out of range 1..255", "leave it out for 1, or use 1..255");
      }
      String target = route.tunnel() != null ? "tunnel " + route.tunnel() : "via " + route.nextHop();
      if (!seen.add(route.prefix() + " " + target)) {
        sink.error("duplicate-static-route", at, "NVA \"" + nva.name() + "\" repeats the static route "
            + route.prefix() + " " + target, "keep one");
      }
      if (route.tunnel() != null && nva.tunnel(route.tunnel()).isEmpty()) {
        dangling(at + "/tunnel", "tunnel of NVA \"" + nva.name() + "\"", route.tunnel(),
            nva.tunnels().stream().map(Tunnel::name).toList(), "networkVirtualAppliances[" + nva.name() + "].tunnels");
      }
      Ipv4Address hop = route.nextHop();
      if (hop != null && !resolvable(nva, hop, new HashSet<>())) {
        sink.warning("static-route-unresolved", at + "/nextHop",
            "next hop " + hop + " of static route " + route.prefix() + " is in no subnet of NVA \"" + nva.name()
                + "\"'s NICs, no tunnel's far end and no other static route, so the route is not installed (FRR"
                + " and IOS-XE do not resolve a next hop through the default route)",
            "use an address of a NIC's subnet (its first address is Azure's gateway) or a tunnel's remoteAddress,"
                + " or write tunnel: <name>");
      }
    }
  }

  /** Whether an NVA's connected routes (NIC subnets, tunnels) or its other static routes reach {@code hop}. */
  private boolean resolvable(NetworkVirtualAppliance nva, Ipv4Address hop, Set<Ipv4Address> visiting) {
    for (NetworkInterface nic : nva.networkInterfaces()) {
      Optional<IpPrefix> subnet = topology.subnet(nic.subnet()).map(Subnet::addressPrefix);
      if (subnet.isPresent() && subnet.get() instanceof Ipv4Prefix p && p.contains(hop)) {
        return true;
      }
    }
    if (nva.tunnels().stream().anyMatch(t -> t.remoteAddress().equals(hop))) {
      return true;
    }
    if (!visiting.add(hop)) {
      return false;
    }
    for (StaticRoute other : nva.staticRoutes()) {
      if (other.prefix().length() == 0 || !other.prefix().contains(hop)) {
        continue;
      }
      if (other.tunnel() != null || (other.nextHop() != null && resolvable(nva, other.nextHop(), visiting))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- BGP sessions toward branches

  /**
   * Checks an NVA neighbour at a branch's tunnel address; whether it is one (so the caller does not
   * report it as one-sided).
   */
  boolean branchNeighbor(NetworkVirtualAppliance nva, BgpNeighbor neighbor, String pointer) {
    for (Tunnel tunnel : nva.tunnels()) {
      if (!tunnel.remoteAddress().equals(neighbor.peerIp()) || tunnel.remote() == null) {
        continue;
      }
      Optional<BranchSite> branch = topology.branch(tunnel.remote());
      if (branch.isEmpty()) {
        continue;
      }
      if (!branch.get().asn().equals(neighbor.peerAsn())) {
        sink.warning("peer-asn-mismatch", pointer + "/peerAsn",
            "NVA \"" + nva.name() + "\" expects ASN " + neighbor.peerAsn() + " at " + neighbor.peerIp() + ", but branch \""
                + branch.get().name() + "\" uses " + branch.get().asn() + TopologyValidator.SESSION_STAYS_DOWN,
            "set peerAsn: " + branch.get().asn());
      }
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- helpers

  private void dangling(String pointer, String what, String name, Collection<String> known, String section) {
    String fix = Suggestions.closest(name, known)
        .map(s -> "did you mean \"" + s + "\"?")
        .orElse(known.isEmpty() ? "define it under " + section
            : "define it under " + section + ", or use one of: " + String.join(", ", known.stream().sorted().toList()));
    sink.error("unknown-reference", pointer, "no " + what + " named \"" + name + "\"", fix);
  }
}
