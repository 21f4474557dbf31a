package io.arsim.engine.lint.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.speaker.NvaBehaviour;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.spi.LintRule;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * {@code route-server-without-ebgp-multihop}: an NVA peers a route server over single-hop eBGP (no
 * {@code ebgpMultihop}, no {@code disableConnectedCheck}). A route server is never on the NVA's
 * subnet (it lives in RouteServerSubnet), so what the NVA's vendor does with a peer that is not
 * directly connected decides: Cisco IOS-XE does not bring the session up (an error); FRR brings it
 * up and holds every path from the route server as invalid, next hop not connected, so the NVA
 * learns nothing from Azure (a warning: the route server still learns the NVA's routes).
 * real-deployments.md R3; docs/engine.md, "Vendor profiles".
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class RouteServerMultihopRule implements LintRule {

  @Override
  public String id() {
    return "route-server-without-ebgp-multihop";
  }

  @Override
  public String description() {
    return "An NVA peers a route server without ebgp-multihop: the route server is never on its subnet, so the session"
        + " stays down (Cisco) or its paths are invalid (FRR).";
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (NetworkVirtualAppliance nva : context.topology().networkVirtualAppliances()) {
      Optional<Node> node = context.network().node(nva.name());
      if (node.isEmpty() || !(node.get().behaviour() instanceof NvaBehaviour behaviour)) {
        continue;
      }
      // route server -> the neighbour addresses toward its instances
      TreeMap<String, List<String>> byRouteServer = new TreeMap<>();
      TreeMap<String, Integer> invalid = new TreeMap<>();
      for (BgpNeighbor neighbor : nva.bgpNeighbors()) {
        Optional<Node> peer = node.get().neighbors().stream()
            .filter(n -> n.peerAddress().equals(neighbor.peerIp())).findFirst()
            .flatMap(n -> context.network().node(n.peer()));
        if (peer.isEmpty() || peer.get().kind() != SpeakerKind.ROUTE_SERVER || neighbor.peerAsn().equals(nva.asn())
            || !neighbor.checksConnected() || behaviour.connected(neighbor.peerIp())) {
          continue;
        }
        String rs = peer.get().owner();
        byRouteServer.computeIfAbsent(rs, k -> new ArrayList<>()).add(neighbor.peerIp().toString());
        int dropped = (int) context.state().node(nva.name()).orElseThrow().rejections().stream()
            .filter(r -> r.peer().equals(peer.get().name()) && r.stage() == Rejection.Stage.INBOUND_RULE
                && r.rule().equals("next hop not connected")).count();
        invalid.merge(rs, dropped, Integer::sum);
      }
      boolean frr = behaviour.settings().invalidatesNonConnectedNextHops();
      for (var entry : byRouteServer.entrySet()) {
        String rs = entry.getKey();
        List<String> addresses = entry.getValue();
        String consequence = frr
            ? "its sessions come up but FRR holds the " + invalid.get(rs) + " path(s) " + rs + " sends as invalid (next"
                + " hop not connected), so " + nva.name() + " learns nothing from Azure"
            : "its eBGP sessions do not come up without ebgp-multihop";
        String fix = "add ebgpMultihop: 2 to " + nva.name() + "'s neighbours " + String.join(" and ", addresses)
            + " (neighbor " + addresses.get(0) + " ebgp-multihop 2), or disableConnectedCheck: true"
            + (frr ? "; FRR also needs a route to RouteServerSubnet other than its default route (a static route, or"
                + " ip nht resolve-via-default) for those paths to be valid" : "");
        String message = nva.name() + " (vendor " + nva.vendor() + ") peers " + rs + " at " + String.join(", ", addresses)
            + " over single-hop eBGP, but a route server is never on the NVA's subnet: " + consequence + ".";
        findings.add(frr ? Finding.warning(id(), nva.name() + " -> " + rs, message, fix)
            : Finding.error(id(), nva.name() + " -> " + rs, message, fix));
      }
    }
    return findings;
  }
}
