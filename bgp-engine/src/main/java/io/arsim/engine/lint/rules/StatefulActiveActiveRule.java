package io.arsim.engine.lint.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.spi.LintRule;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Hop;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * {@code stateful-active-active}: an active/active set of stateful NVAs (firewalls) that VMs reach
 * over ECMP, without source NAT and without a load balancer in front, so that the return of an
 * Azure-to-Azure flow can come back through another NVA than the one that saw it leave, which
 * drops it. Facts 6 (S8, S6): with active/active NVAs "stateful NVAs need SNAT (or an ILB next hop)
 * for symmetry ... Azure-to-Azure flows need SNAT because each side's VM host picks its own ECMP
 * path"; gotcha 7.6.
 *
 * <p>The rule traces every flow between two subnets that hold VMs (one VM stands for its subnet:
 * the routes of a NIC are its subnet's) there and back, as {@code arsim trace --return} does, and
 * reports a round trip that is asymmetric where a host hashed over routes to two or more stateful
 * NVAs. A translating NVA ({@code sourceNat}) draws its replies back to itself, and a load balancer
 * picks the same backend both ways, so neither is reported.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class StatefulActiveActiveRule implements LintRule {

  @Override
  public String id() {
    return "stateful-active-active";
  }

  @Override
  public String description() {
    return "Active/active stateful NVAs reached over ECMP without SNAT or a load balancer: return traffic can come"
        + " back through the other NVA, which drops it.";
  }

  @Override
  public List<Finding> check(LintContext context) {
    Topology topology = context.topology();
    if (topology.networkVirtualAppliances().stream().filter(NetworkVirtualAppliance::stateful).count() < 2) {
      return List.of();
    }
    Tracer tracer = new Tracer(topology, context.state());
    Map<String, AttachedInterface> bySubnet = new LinkedHashMap<>();
    for (VirtualMachine vm : topology.virtualMachines()) {
      if (!vm.networkInterfaces().isEmpty()) {
        NetworkInterface nic = vm.networkInterfaces().get(0);
        bySubnet.putIfAbsent(nic.subnet().toString(), new AttachedInterface(vm.name(), false, nic));
      }
    }
    Map<Ipv4Address, String> statefulNics = new HashMap<>();
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      if (nva.stateful()) {
        nva.networkInterfaces().forEach(n -> statefulNics.put(n.privateIpAddress(), nva.name()));
      }
    }
    SortedMap<String, SortedSet<String>> flows = new TreeMap<>();
    for (AttachedInterface from : bySubnet.values()) {
      for (AttachedInterface to : bySubnet.values()) {
        if (from == to) {
          continue;
        }
        RoundTrip round = tracer.roundTrip(from, to.networkInterface().privateIpAddress());
        if (!round.asymmetric()) {
          continue;
        }
        SortedSet<String> hashed = new TreeSet<>();
        hashedOver(round.forward(), statefulNics, hashed);
        Trace back = round.back();
        if (back != null) {
          hashedOver(back, statefulNics, hashed);
        }
        if (hashed.size() >= 2) {
          flows.computeIfAbsent(String.join(" + ", hashed), k -> new TreeSet<>())
              .add(from.owner() + " (" + from.networkInterface().subnet() + ") -> " + to.owner() + " ("
                  + to.networkInterface().subnet() + ")");
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    flows.forEach((nvas, pairs) -> findings.add(Finding.warning(id(), nvas + " (stateful, active/active)",
        "hosts hash each flow over ECMP routes to " + nvas + ", and the two sides of a flow hash independently, so"
            + " a reply can come back through the other NVA, which has no state for it and drops it (facts 6, S6, S8):"
            + " flows " + String.join(", ", pairs),
        "translate the source on the NVAs (sourceNat: true on each, or on the NICs the traffic leaves through), or"
            + " put them behind an internal load balancer with an HA-ports rule and advertise its frontend as the next"
            + " hop (next hop IP, S6), which sends both directions of a flow to the same NVA")));
    return findings;
  }

  /** Adds the stateful NVAs of every ECMP set a host hashed over on the trace's branches. */
  private static void hashedOver(Trace trace, Map<Ipv4Address, String> statefulNics, SortedSet<String> into) {
    for (Branch branch : trace.branches()) {
      for (Hop hop : branch.hops()) {
        if (!hop.ecmp()) {
          continue;
        }
        SortedSet<String> set = new TreeSet<>();
        for (EffectiveRoute r : hop.matched()) {
          Ipv4Address next = r.nextHopIp();
          if (next != null && statefulNics.containsKey(next)) {
            set.add(statefulNics.get(next));
          }
        }
        if (set.size() >= 2) {
          into.addAll(set);
        }
      }
    }
  }
}
