package io.arsim.engine.lint.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.spi.LintRule;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * {@code nva-single-instance}: an NVA peers with only one instance of a route server; in Azure
 * some VMs then miss its routes (S1, S12a, S23e).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SingleInstancePeeringRule implements LintRule {

  @Override
  public String id() {
    return "nva-single-instance";
  }

  @Override
  public String description() {
    return "An NVA peers with only one of a route server's two instances: some VMs will not get its routes.";
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Node nva : context.network().nodes()) {
      if (nva.kind() != SpeakerKind.NVA) {
        continue;
      }
      Map<String, TreeSet<String>> instances = new TreeMap<>();
      for (Neighbor n : nva.neighbors()) {
        context.network().node(n.peer()).filter(p -> p.kind() == SpeakerKind.ROUTE_SERVER)
            .ifPresent(p -> instances.computeIfAbsent(p.owner(), k -> new TreeSet<>()).add(p.name()));
      }
      instances.forEach((rs, set) -> {
        if (set.size() == 1) {
          findings.add(Finding.warning(id(), nva.name() + " -> " + rs, nva.name() + " peers with " + set.first()
              + " only; Azure requires peering with both instances of " + rs + " and advertising the same routes to"
              + " each, otherwise some VMs miss the NVA's routes (S1, S12a)",
              "add a BGP neighbour for the other instance of " + rs + " on " + nva.name()
                  + ", with the same policies"));
        }
      });
    }
    return findings;
  }
}
