package io.arsim.engine.forwarding;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.topology.BranchSite;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Tunnel;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The tunnels of a design, each resolved to its far end: another NVA (through the mirror tunnel,
 * whose local address is this tunnel's remote address and the other way round), a branch, or
 * something outside the design. A tunnel carries nothing when it is plain GRE (Azure blocks GRE
 * inside virtual networks: Azure Virtual Network FAQ, "What protocols can I use in virtual
 * networks?") or when the far NVA has no mirror tunnel. arsim does not model the underlay (public
 * addresses, IKE): tunnels need no VNet peering, which is why designs use them.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Overlay {
  private final Map<String, TunnelEnd> ends = new HashMap<>();

  private Overlay(Topology topology) {
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      for (Tunnel tunnel : nva.tunnels()) {
        ends.putIfAbsent(key(nva.name(), tunnel.name()), resolve(topology, nva, tunnel));
      }
    }
  }

  /** The tunnels of {@code topology}, resolved. */
  public static Overlay of(Topology topology) {
    return new Overlay(topology);
  }

  /** The far end of {@code nva}'s tunnel {@code tunnel}. */
  public Optional<TunnelEnd> end(String nva, String tunnel) {
    return Optional.ofNullable(ends.get(key(nva, tunnel)));
  }

  private static String key(String nva, String tunnel) {
    return nva + "\u0000" + tunnel;
  }

  private static TunnelEnd resolve(Topology topology, NetworkVirtualAppliance nva, Tunnel tunnel) {
    String blocked = tunnel.type().blockedInVirtualNetworks()
        ? "tunnel " + tunnel.name() + " of " + nva.name() + " is plain GRE, which Azure blocks inside virtual networks"
            + " (VNet FAQ)" : null;
    String remote = tunnel.remote();
    if (remote == null) {
      return new TunnelEnd(nva.name(), tunnel, FarKind.OUTSIDE, null, null, blocked);
    }
    Optional<NetworkVirtualAppliance> far = topology.networkVirtualAppliance(remote);
    if (far.isPresent()) {
      Optional<Tunnel> mirror = far.get().tunnels().stream().filter(t -> nva.name().equals(t.remote())
          && t.localAddress().equals(tunnel.remoteAddress()) && t.remoteAddress().equals(tunnel.localAddress()))
          .findFirst();
      if (mirror.isEmpty()) {
        return new TunnelEnd(nva.name(), tunnel, FarKind.NVA, remote, null, blocked != null ? blocked
            : remote + " has no tunnel back to " + nva.name() + " (local " + tunnel.remoteAddress() + ", remote "
                + tunnel.localAddress() + "), so tunnel " + tunnel.name() + " does not come up");
      }
      String farBlocked = blocked == null && mirror.get().type().blockedInVirtualNetworks()
          ? "tunnel " + mirror.get().name() + " of " + remote + " is plain GRE, which Azure blocks inside virtual"
              + " networks (VNet FAQ)" : blocked;
      return new TunnelEnd(nva.name(), tunnel, FarKind.NVA, remote, mirror.get(), farBlocked);
    }
    Optional<BranchSite> branch = topology.branch(remote);
    if (branch.isPresent()) {
      return new TunnelEnd(nva.name(), tunnel, FarKind.BRANCH, remote, null, blocked);
    }
    return new TunnelEnd(nva.name(), tunnel, FarKind.OUTSIDE, null, null, blocked);
  }

  /** What is at the far end of a tunnel. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum FarKind {
    /** Another NVA of the design. */
    NVA,
    /** A branch of the design. */
    BRANCH,
    /** Something the design does not describe. */
    OUTSIDE
  }

  /**
   * One tunnel of an NVA and what is at its far end.
   *
   * @param nva the NVA the tunnel belongs to
   * @param tunnel the tunnel
   * @param farKind an NVA, a branch, or outside the design
   * @param farName the far NVA's or branch's name
   * @param farTunnel the far NVA's mirror tunnel
   * @param downReason why the tunnel carries nothing, or null when it is up
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record TunnelEnd(String nva, Tunnel tunnel, FarKind farKind, @Nullable String farName,
      @Nullable Tunnel farTunnel, @Nullable String downReason) {

    public TunnelEnd {
      Objects.requireNonNull(nva, "nva");
      Objects.requireNonNull(tunnel, "tunnel");
      Objects.requireNonNull(farKind, "farKind");
    }

    /** Whether the tunnel carries traffic (before failures). */
    public boolean up() {
      return downReason == null;
    }

    /** "branch branch1", "NVA nva2", "169.254.0.2 (outside the design)". */
    public String describeFar() {
      return switch (farKind) {
        case NVA -> "NVA " + farName;
        case BRANCH -> "branch " + farName;
        case OUTSIDE -> tunnel.remoteAddress() + " (outside the design)";
      };
    }
  }
}
