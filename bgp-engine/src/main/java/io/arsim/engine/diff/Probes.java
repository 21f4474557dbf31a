package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.RouteSource;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The (source, destination) pairs a what-if run or a sweep traces: from every VM's first NIC to
 * every other VM, and to every prefix some VM routes through BGP (an active route programmed by a
 * route server). A prefix is traced to one address in it that no more specific prefix of the design
 * covers; 0.0.0.0/0 is traced to 8.8.8.8 when nothing more specific covers it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Probes {
  private static final Ipv4Address PUBLIC = Ipv4Address.parse("8.8.8.8");

  private Probes() {}

  /** The pairs to trace, given the tracers of every state compared (their BGP prefixes are merged). */
  public static List<Probe> of(Topology topology, List<Tracer> tracers) {
    List<AttachedInterface> sources = new ArrayList<>();
    for (VirtualMachine vm : topology.virtualMachines()) {
      if (!vm.networkInterfaces().isEmpty()) {
        sources.add(new AttachedInterface(vm.name(), false, vm.networkInterfaces().get(0)));
      }
    }
    SortedSet<Ipv4Prefix> bgp = new TreeSet<>();
    SortedSet<Ipv4Prefix> known = new TreeSet<>();
    for (VirtualNetwork v : topology.virtualNetworks()) {
      for (IpPrefix p : v.addressSpace()) {
        if (p instanceof Ipv4Prefix p4) {
          known.add(p4);
        }
      }
    }
    for (Tracer tracer : tracers) {
      for (AttachedInterface s : sources) {
        for (EffectiveRoute r : tracer.routes(s.networkInterface())) {
          known.add(r.prefix());
          if (r.active() && r.source() == RouteSource.VirtualNetworkGateway) {
            bgp.add(r.prefix());
          }
        }
      }
    }
    List<Probe> probes = new ArrayList<>();
    for (AttachedInterface s : sources) {
      for (AttachedInterface d : sources) {
        if (!d.owner().equals(s.owner())) {
          probes.add(new Probe(s, d.owner(), d.networkInterface().privateIpAddress(), true));
        }
      }
      for (Ipv4Prefix p : bgp) {
        probes.add(new Probe(s, p.toString(), addressIn(p, known), false));
      }
    }
    return List.copyOf(probes);
  }

  /**
   * An address of {@code prefix} that no more specific prefix of {@code known} covers, if one is
   * easy to find (otherwise the first after the network address); 8.8.8.8 for 0.0.0.0/0.
   */
  public static Ipv4Address addressIn(Ipv4Prefix prefix, SortedSet<Ipv4Prefix> known) {
    List<Ipv4Prefix> inner = known.stream().filter(k -> k.length() > prefix.length() && prefix.contains(k)).toList();
    List<Ipv4Address> tries = new ArrayList<>();
    if (prefix.length() == 0) {
      tries.add(PUBLIC);
    }
    tries.add(prefix.length() >= 31 ? prefix.first() : prefix.first().plus(1));
    for (Ipv4Prefix k : inner) {
      if (k.last().unsigned() < prefix.last().unsigned()) {
        tries.add(k.last().plus(1));
      }
    }
    for (Ipv4Address a : tries) {
      if (prefix.contains(a) && inner.stream().noneMatch(k -> k.contains(a))) {
        return a;
      }
    }
    return tries.get(0);
  }

  /** The paths of a trace in one line: "vm-spoke -> nva1 -> Internet | vm-spoke -> nva2 -> Internet". */
  public static String paths(Trace trace) {
    return trace.branches().stream().map(b -> b.path() + (b.outcome().reaches() ? "" : " (" + outcome(b) + ")"))
        .distinct().collect(Collectors.joining(" | "));
  }

  private static String outcome(Branch b) {
    return b.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /**
   * How a pair's trace changed, or null when it did not.
   *
   * @param before the trace (and round trip for VMs) before
   * @param after after
   */
  static @Nullable TraceChange compare(Probe probe, Trace before, Trace after, @Nullable RoundTrip roundBefore,
      @Nullable RoundTrip roundAfter) {
    String was = paths(before);
    String now = paths(after);
    TraceChange.Kind kind;
    if (before.reaches() && !after.reaches()) {
      kind = TraceChange.Kind.LOST;
    } else if (!before.reaches() && after.reaches()) {
      kind = TraceChange.Kind.RESTORED;
    } else if (after.reaches() && !before.nvas().isEmpty() && after.nvas().isEmpty()) {
      kind = TraceChange.Kind.BYPASS;
    } else if (after.reaches() && !before.nvas().equals(after.nvas())) {
      kind = TraceChange.Kind.MOVED;
    } else if (roundBefore != null && roundAfter != null && !roundBefore.asymmetric() && roundAfter.asymmetric()) {
      kind = TraceChange.Kind.ASYMMETRIC;
      now = now + " (" + String.join("; ", roundAfter.reasons()) + ")";
    } else if (!was.equals(now)) {
      kind = TraceChange.Kind.CHANGED;
    } else {
      return null;
    }
    return new TraceChange(probe.source().owner(), probe.to(), probe.address().toString(), kind, was, now);
  }
}
