package io.arsim.engine.lint.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.spi.LintRule;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * {@code missing-as-override}: a route server drops routes from an NVA because their AS path holds
 * 65515, and the NVA learned them from another route server (a dual-homed design: S3, S9, S24). The
 * documented fix is as-override on the NVA toward each route server. Echoes of a route server's
 * own routes back to its other instance are dropped too but harmless, so they are not reported.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MissingAsOverrideRule implements LintRule {

  @Override
  public String id() {
    return "missing-as-override";
  }

  @Override
  public String description() {
    return "A route server drops an NVA's routes that crossed another route server (65515 in the AS path):"
        + " as-override is missing on the NVA's sessions toward route servers.";
  }

  @Override
  public List<Finding> check(LintContext context) {
    // (nva, route server) -> dropped routes
    Map<String, Map<String, TreeSet<String>>> dropped = new TreeMap<>();
    java.util.SortedSet<String> routeServers = new TreeSet<>();
    for (Node node : context.network().nodes()) {
      if (node.kind() == SpeakerKind.ROUTE_SERVER) {
        routeServers.add(node.owner());
      }
    }
    for (Node nva : context.network().nodes()) {
      if (nva.kind() != SpeakerKind.NVA) {
        continue;
      }
      for (String rs : routeServers) {
        java.util.SortedSet<String> routes = context.droppedCrossingRouteServers(nva.name(), rs);
        if (!routes.isEmpty()) {
          dropped.computeIfAbsent(nva.name(), k -> new TreeMap<>()).put(rs, new TreeSet<>(routes));
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    dropped.forEach((nva, byRs) -> byRs.forEach((rs, routes) -> {
      Node nvaNode = context.network().node(nva).orElseThrow();
      List<String> addresses = new ArrayList<>();
      for (Neighbor n : nvaNode.neighbors()) {
        context.network().node(n.peer()).filter(p -> p.owner().equals(rs)).ifPresent(p -> addresses.add(
            n.peerAddress().toString()));
      }
      findings.add(Finding.error(id(), nva + " -> " + rs, rs + " drops " + routes.size() + " route(s) from " + nva
          + " because their AS path holds 65515 (they crossed another route server): " + String.join(", ", routes)
          + ". Azure Route Server rejects paths with its own ASN (S3, S9, S23a).",
          "add as-override to the exportPolicies of " + nva + "'s neighbours " + String.join(" and ", addresses)
              + " (" + rs + ") and of its neighbours toward every other route server, e.g. policies: [{name: override,"
              + " type: as-override}] and exportPolicies: [override]; as-override replaces 65515 with " + nvaNode.asn()));
    }));
    return findings;
  }
}
