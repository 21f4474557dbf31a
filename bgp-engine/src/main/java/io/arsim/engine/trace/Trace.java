package io.arsim.engine.trace;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Every path a packet from a NIC to an address can take.
 *
 * @param from the VM or NVA the packet starts at
 * @param fromNic its NIC
 * @param source the NIC's address
 * @param destination the destination address
 * @param branches the paths: one, or one per ECMP choice along the way
 * @param truncated whether the fan-out was cut at {@link Tracer#MAX_BRANCHES} branches
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Trace(String from, String fromNic, Ipv4Address source, Ipv4Address destination, List<Branch> branches,
    boolean truncated) {

  public Trace {
    branches = List.copyOf(branches);
  }

  /** Whether every branch gets where its routes send it. */
  public boolean reaches() {
    return !branches.isEmpty() && branches.stream().allMatch(b -> b.outcome().reaches());
  }

  /** Whether some, but not all, branches get there. */
  public boolean reachesPartly() {
    return branches.stream().anyMatch(b -> b.outcome().reaches()) && !reaches();
  }

  /** The NVAs any branch is forwarded through. */
  public SortedSet<String> nvas() {
    SortedSet<String> all = new TreeSet<>();
    branches.forEach(b -> all.addAll(b.nvas()));
    return all;
  }

  /** "reaches", "reaches on 1 of 2 branches" or the outcomes of the branches ("LOOP"). */
  public String summary() {
    if (reaches()) {
      return "reaches";
    }
    long ok = branches.stream().filter(b -> b.outcome().reaches()).count();
    SortedSet<String> bad = new TreeSet<>();
    branches.stream().filter(b -> !b.outcome().reaches()).forEach(b -> bad.add(b.outcome().name().toLowerCase(
        java.util.Locale.ROOT)));
    return (ok > 0 ? "reaches on " + ok + " of " + branches.size() + " branches, else " : "") + String.join("/", bad);
  }
}
