package io.arsim.expressroute.lint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.PolicyInstance;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.core.topology.VirtualNetworkPeering;
import io.arsim.engine.bgp.GatewayAsnMismatch;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.spi.LintRule;
import io.arsim.expressroute.bgp.GatewayBehaviour;
import io.arsim.expressroute.bgp.MicrosoftEdgeBehaviour;
import io.arsim.expressroute.model.CircuitLink;
import io.arsim.expressroute.model.ExpressRouteCircuit;
import io.arsim.expressroute.model.HybridDesign;
import io.arsim.expressroute.model.OnPremisesSite;
import io.arsim.expressroute.model.VpnConnection;
import io.arsim.expressroute.model.VpnGateway;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/** The ExpressRoute extension's lint rules (docs/expressroute.md, "Lint rules"). */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExpressRouteLintRules {
  /** Policy types that rewrite 65515 out of the AS path toward a route server. */
  static final Set<String> AS_PATH_REWRITES = Set.of("as-override", "remove-private-as");

  /** Share of a limit from which a prefix count is reported as near it. */
  static final double NEAR = 0.8;

  private ExpressRouteLintRules() {}

  /** Every rule of the extension. */
  public static List<LintRule> all() {
    return List.of(new DualHomedWithoutAsOverride(), new RemoteGatewaysOnDualHomedSpoke(), new BranchToBranchOff(),
        new PrefixLimits(), new VpnGatewayBesideRouteServer());
  }

  /** The VNets that have an ExpressRoute or VPN gateway. */
  static Set<String> gatewayVnets(HybridDesign design) {
    Set<String> vnets = new TreeSet<>();
    design.expressRouteGateways().forEach(g -> vnets.add(g.virtualNetwork()));
    design.vpnGateways().forEach(g -> vnets.add(g.virtualNetwork()));
    return vnets;
  }

  /** The gateway names of {@code vnet}. */
  static List<String> gatewaysOf(HybridDesign design, String vnet) {
    List<String> names = new ArrayList<>();
    design.expressRouteGateways().stream().filter(g -> g.virtualNetwork().equals(vnet))
        .forEach(g -> names.add(g.name()));
    design.vpnGateways().stream().filter(g -> g.virtualNetwork().equals(vnet)).forEach(g -> names.add(g.name()));
    return names;
  }

  /**
   * {@code dual-homed-gateway-as-override}: an NVA peers with route servers in two or more VNets, at
   * least one of which has a gateway exchanging routes with its route server (branch-to-branch),
   * and one of its sessions toward a route server has no as-override (or remove-private-as): what
   * crossed the other route server holds 65515 and will be dropped (S3, S9, S24). It complements
   * the engine's {@code missing-as-override}, which reports routes dropped in the converged state:
   * this rule reports the design pattern for sessions where nothing is dropped yet (on-premises
   * advertises nothing today, a gateway is not connected yet), so the two never report the same
   * session.
   */
  static final class DualHomedWithoutAsOverride implements LintRule {
    @Override
    public String id() {
      return "dual-homed-gateway-as-override";
    }

    @Override
    public String description() {
      return "A dual-homed NVA between route servers, one of them next to an ExpressRoute/VPN gateway with"
          + " branch-to-branch, has no as-override toward a route server (reported before any route is dropped).";
    }

    @Override
    public List<Finding> check(LintContext context) {
      Topology topology = context.topology();
      HybridDesign design = HybridDesign.of(topology);
      Set<String> gatewayVnets = gatewayVnets(design);
      List<Finding> findings = new ArrayList<>();
      for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
        Map<String, List<BgpNeighbor>> byRs = new TreeMap<>();
        for (BgpNeighbor n : nva.bgpNeighbors()) {
          context.network().nodes().stream()
              .filter(x -> x.kind() == SpeakerKind.ROUTE_SERVER && x.routerId().equals(n.peerIp())).findFirst()
              .ifPresent(x -> byRs.computeIfAbsent(x.owner(), k -> new ArrayList<>()).add(n));
        }
        if (byRs.size() < 2) {
          continue;
        }
        List<String> hybridRs = byRs.keySet().stream().filter(rs -> topology.routeServer(rs)
            .filter(RouteServer::allowBranchToBranchTraffic)
            .filter(r -> gatewayVnets.contains(r.virtualNetwork())).isPresent()).toList();
        if (hybridRs.isEmpty()) {
          continue;
        }
        byRs.forEach((rs, neighbors) -> {
          boolean rewrites = neighbors.stream().allMatch(n -> n.exportPolicies().stream()
              .map(topology::policy).flatMap(Optional::stream).map(PolicyInstance::type)
              .anyMatch(AS_PATH_REWRITES::contains));
          if (rewrites || !context.droppedCrossingRouteServers(nva.name(), rs).isEmpty()) {
            return;
          }
          List<String> addresses = neighbors.stream().map(n -> n.peerIp().toString()).toList();
          String gateways = String.join(", ", hybridRs.stream().flatMap(h -> gatewaysOf(design,
              topology.routeServer(h).orElseThrow().virtualNetwork()).stream()).toList());
          findings.add(Finding.warning(id(), nva.name() + " -> " + rs, nva.name() + " is dual-homed between route"
              + " servers " + String.join(", ", byRs.keySet()) + "; " + String.join(", ", hybridRs)
              + " exchange(s) routes with gateway(s) " + gateways + " (branch-to-branch). Its session(s) toward "
              + rs + " (" + String.join(", ", addresses) + ") have no as-override: nothing is dropped yet, but as"
              + " soon as on-premises or the other side advertises, " + rs + " will drop every route that crossed"
              + " another route server (its AS path holds 65515), so on-premises routes will not reach the spoke"
              + " and spoke routes will not reach on-premises (S3, S9, S24).", "add an as-override export policy"
              + " on " + nva.name() + "'s neighbours " + String.join(" and ", addresses) + ": policies: [{name:"
              + " override, type: as-override}], exportPolicies: [override]"));
        });
      }
      return findings;
    }
  }

  /**
   * {@code use-remote-gateways-dual-homed}: a spoke peered with two or more VNets that have a route
   * server or gateway uses the remote gateways of one of them; a dual-homed spoke must not (S3).
   */
  static final class RemoteGatewaysOnDualHomedSpoke implements LintRule {
    @Override
    public String id() {
      return "use-remote-gateways-dual-homed";
    }

    @Override
    public String description() {
      return "A dual-homed spoke uses a hub's remote gateways; dual-homed spokes must keep useRemoteGateways off.";
    }

    @Override
    public List<Finding> check(LintContext context) {
      Topology topology = context.topology();
      HybridDesign design = HybridDesign.of(topology);
      Set<String> hubs = new TreeSet<>(gatewayVnets(design));
      topology.routeServers().forEach(r -> hubs.add(r.virtualNetwork()));
      List<Finding> findings = new ArrayList<>();
      for (VirtualNetwork vnet : topology.virtualNetworks()) {
        List<String> peeredHubs = vnet.virtualNetworkPeerings().stream().map(VirtualNetworkPeering::remoteVirtualNetwork)
            .filter(hubs::contains).filter(h -> topology.arePeered(vnet.name(), h)).toList();
        if (peeredHubs.size() < 2) {
          continue;
        }
        for (VirtualNetworkPeering p : vnet.virtualNetworkPeerings()) {
          if (p.useRemoteGateways()) {
            findings.add(Finding.error(id(), "peering " + p.name() + " of " + vnet.name(), vnet.name() + " is peered"
                + " with " + String.join(", ", peeredHubs) + ", which have route servers or gateways, and uses the"
                + " remote gateways of " + p.remoteVirtualNetwork() + "; in a dual-homed design the spoke's peerings"
                + " must not use remote gateways, the NVAs peer with the spoke's own route server instead (S3)",
                "set useRemoteGateways: false on peering " + p.name() + " and give " + vnet.name()
                    + " its own route server"));
          }
        }
      }
      return findings;
    }
  }

  /**
   * {@code branch-to-branch-off}: a route server has NVA peers and a gateway in its VNet but
   * branch-to-branch is off, so the NVAs learn nothing from the gateway and on-premises nothing
   * from the NVAs (S1, S4, S11).
   */
  static final class BranchToBranchOff implements LintRule {
    @Override
    public String id() {
      return "branch-to-branch-off";
    }

    @Override
    public String description() {
      return "Branch-to-branch is off on a route server with NVA peers next to a gateway: no routes flow between"
          + " the NVAs and on-premises.";
    }

    @Override
    public List<Finding> check(LintContext context) {
      HybridDesign design = HybridDesign.of(context.topology());
      List<Finding> findings = new ArrayList<>();
      for (RouteServer rs : context.topology().routeServers()) {
        List<String> gateways = gatewaysOf(design, rs.virtualNetwork());
        if (rs.allowBranchToBranchTraffic() || gateways.isEmpty() || rs.bgpConnections().isEmpty()) {
          continue;
        }
        findings.add(Finding.warning(id(), "route server " + rs.name(), rs.name() + " has NVA peers ("
            + String.join(", ", rs.bgpConnections().stream().map(c -> c.name()).toList()) + ") and gateway(s) "
            + String.join(", ", gateways) + " in VNet " + rs.virtualNetwork() + ", but branch-to-branch is off: the"
            + " NVAs do not learn on-premises routes and on-premises does not learn the NVAs' routes (the gateways"
            + " still program the VNet's VMs; S1, S4)", "set allowBranchToBranchTraffic: true on " + rs.name()
            + " if the NVAs should exchange routes with on-premises"));
      }
      return findings;
    }
  }

  /**
   * {@code prefix-limit}: prefix counts over (error) or near (warning, 80 %) a limit: on-premises to
   * a circuit (4,000 Standard/Local, 10,000 Premium), a gateway toward on-premises (1,000), and
   * on-premises to a VPN gateway (4,000) (S2, S18, S19, S20, S21).
   */
  static final class PrefixLimits implements LintRule {
    @Override
    public String id() {
      return "prefix-limit";
    }

    @Override
    public String description() {
      return "Prefix counts over or near the ExpressRoute and VPN gateway limits (4,000/10,000 from on-premises per"
          + " circuit SKU, 1,000 toward on-premises, 4,000 to a VPN gateway).";
    }

    @Override
    public List<Finding> check(LintContext context) {
      HybridDesign design = HybridDesign.of(context.topology());
      List<Finding> findings = new ArrayList<>();
      for (ExpressRouteCircuit circuit : design.circuits()) {
        List<String> links = java.util.Arrays.stream(CircuitLink.values())
            .map(l -> HybridDesign.msee(circuit.name(), l)).toList();
        design.siteOf(circuit).ifPresent(site -> {
          int carried = 0;
          for (CircuitLink link : CircuitLink.values()) {
            int n = (int) site.prefixes().stream().filter(p -> site.carries(p, link)).count();
            carried = Math.max(carried, n);
          }
          check(context, findings, site.name(), circuit.name(), sessions(site.name(), links), circuit.sku()
              .onPremisesPrefixLimit(), carried, "on-premises site " + site.name() + " advertises %d prefixes over"
                  + " circuit " + circuit.name() + " (" + circuit.sku() + ", limit %d)",
              "the BGP sessions between on-premises and the Microsoft edge links carrying them are dropped (S18, S19)",
              "summarise on-premises prefixes" + (circuit.sku().onPremisesPrefixLimit() < 10_000
                  ? ", or upgrade the circuit to Premium (10,000)" : ""));
        });
        for (String gateway : circuit.gateways()) {
          List<String> instances = instancesOf(context, gateway);
          if (instances.isEmpty()) {
            continue;
          }
          int sent = 0;
          List<String[]> sessions = new ArrayList<>();
          for (String instance : instances) {
            for (String msee : links) {
              sent = Math.max(sent, context.state().node(instance).map(s -> s.advertisedTo(msee).size()).orElse(0));
              sessions.add(new String[] {instance, msee});
            }
          }
          check(context, findings, gateway, circuit.name(), sessions, MicrosoftEdgeBehaviour.GATEWAY_ROUTE_LIMIT, sent,
              "gateway " + gateway + " advertises %d prefixes toward on-premises over circuit " + circuit.name()
                  + " (VNet prefixes + route-server routes with branch-to-branch; limit %d)",
              "the connection between the circuit and the gateway goes down (S2, S18, S20)",
              "summarise NVA routes, mark them NO_ADVERTISE, or summarise VNet prefixes");
        }
      }
      for (OnPremisesSite site : design.sites()) {
        for (VpnConnection v : site.vpnConnections()) {
          List<String> instances = instancesOf(context, v.vpnGateway());
          if (v.enableBgp() && !instances.isEmpty()) {
            check(context, findings, site.name(), v.vpnGateway(), sessions(site.name(), instances),
                GatewayBehaviour.VPN_ROUTE_LIMIT, site.prefixes().size(), "on-premises site " + site.name()
                    + " advertises %d prefixes to VPN gateway " + v.vpnGateway() + " (limit %d)",
                "the BGP session is dropped (S21)", "summarise on-premises prefixes");
          }
        }
      }
      return findings;
    }

    /** The instance nodes of a gateway in the network. */
    private static List<String> instancesOf(LintContext context, String gateway) {
      return context.network().nodes().stream().filter(n -> n.owner().equals(gateway)).map(n -> n.name()).toList();
    }

    private static List<String[]> sessions(String from, List<String> peers) {
      return peers.stream().map(p -> new String[] {from, p}).toList();
    }

    private void check(LintContext context, List<Finding> findings, String from, String to, List<String[]> sessions,
        int limit, int count, String what, String consequence, String fix) {
      Optional<SessionState> tornDown = sessions.stream()
          .map(s -> context.state().session(s[0], s[1])).flatMap(Optional::stream)
          .filter(s -> !s.up() && s.reason().contains("limit")).findFirst();
      String subject = from + " -> " + to;
      if (tornDown.isPresent() || count > limit) {
        findings.add(Finding.error(id(), subject, String.format(what, count, limit) + ": over the limit, so "
            + consequence + tornDown.map(s -> " — " + s.reason()).orElse(""), fix));
      } else if (count >= NEAR * limit) {
        findings.add(Finding.warning(id(), subject, String.format(what, count, limit) + ": within 20 % of the"
            + " limit; past it " + consequence, fix));
      }
    }
  }

  /**
   * {@code vpn-gateway-beside-route-server}: a VPN gateway next to a route server must be
   * active-active (an error) and keep ASN 65515 (a warning: what happens otherwise is open, R2).
   */
  static final class VpnGatewayBesideRouteServer implements LintRule {
    @Override
    public String id() {
      return "vpn-gateway-beside-route-server";
    }

    @Override
    public String description() {
      return "A VPN gateway next to a route server is not active-active or does not use ASN 65515.";
    }

    @Override
    public List<Finding> check(LintContext context) {
      HybridDesign design = HybridDesign.of(context.topology());
      List<Finding> findings = new ArrayList<>();
      for (VpnGateway g : design.vpnGateways()) {
        Optional<RouteServer> rs = design.routeServerOf(g.virtualNetwork());
        if (rs.isEmpty()) {
          continue;
        }
        if (!g.activeActive()) {
          findings.add(Finding.error(id(), "VPN gateway " + g.name(), g.name() + " is beside route server "
              + rs.get().name() + " but is not active-active; Azure requires an active-active VPN gateway with a"
              + " route server (S1, S4, S12b)", "set activeActive: true on " + g.name()));
        }
        if (!g.asn().equals(Asn.AZURE_ROUTE_SERVER)) {
          boolean exchange = context.state().settings().gatewayAsnMismatch() == GatewayAsnMismatch.EXCHANGE;
          findings.add(Finding.warning(id(), "VPN gateway " + g.name(), g.name() + " uses ASN " + g.asn()
              + " beside route server " + rs.get().name() + "; Microsoft requires that a VPN gateway beside a route"
              + " server keep ASN 65515 (S1, S4, S12b). "
              + (exchange ? "A 2021 deployment showed the two exchanging routes over eBGP anyway, the route server"
                  + " prepending 65515 ([65515 " + g.asn() + " ...] at the NVAs; real-deployments R2); arsim models"
                  + " that (--gateway-asn-mismatch exchange)"
                  : "arsim models the requirement: no routes are exchanged (--gateway-asn-mismatch down)"),
              "remove asn from " + g.name() + " (default 65515)"));
        }
      }
      return findings;
    }
  }

}
