package io.arsim.engine.forwarding;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How an internal load balancer picks a backend for a flow.
 *
 * <p>Azure's load balancer hashes each flow's five-tuple onto one healthy backend ("High
 * availability ports overview"; "Load Balancer distribution modes"), and when both directions of a
 * flow cross the same load balancer it picks the same backend for both ("Deploy highly available
 * NVAs", Azure Architecture Center: "the load balancer selects the same NVA instance for both
 * directions"). Azure's hash function is not published and arsim traces carry no ports, so arsim
 * uses its own, documented hash: the flow key is the two addresses in ascending order (the same key
 * for both directions), and the backend is the healthy one with the highest 64-bit mix of the key
 * and the backend NIC's name (rendezvous hashing). The choice is the same on every run and in both
 * directions, and failing a backend moves only the flows that were on it, as Azure's load balancer
 * keeps established flows on the backends that stay healthy.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class LoadBalancing {
  private LoadBalancing() {}

  /**
   * The backend of the flow between {@code a} and {@code b} (in either direction) among
   * {@code healthy} backend NIC names; empty when none is healthy.
   */
  public static Optional<String> backend(List<String> healthy, Ipv4Address a, Ipv4Address b) {
    long key = flowKey(a, b);
    String best = null;
    long bestScore = 0;
    for (String name : healthy) {
      long score = mix(key ^ fnv1a(name));
      if (best == null || Long.compareUnsigned(score, bestScore) > 0
          || (score == bestScore && name.compareTo(best) < 0)) {
        best = name;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The direction-independent key of a flow: the lower address in the high 32 bits. */
  static long flowKey(Ipv4Address a, Ipv4Address b) {
    long x = a.unsigned();
    long y = b.unsigned();
    return x <= y ? (x << 32) | y : (y << 32) | x;
  }

  /** FNV-1a, 64 bits, over the UTF-8 bytes of {@code text}. */
  static long fnv1a(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** SplitMix64's finalizer: spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
