package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A BGP neighbour or peer group with its session settings and its IPv4 unicast policy, each as
 * configured (FRR bgp.rst "Configuring Peers"; Cisco IOS-XE "neighbor" commands). Members of a
 * peer group inherit what they do not set themselves; this record does not resolve that.
 *
 * @param name the address, peer-group name or interface
 * @param kind what {@code name} denotes
 * @param peerGroup the peer group this neighbour belongs to ({@code neighbor X peer-group NAME})
 * @param remoteAs {@code remote-as}
 * @param description {@code description ...}
 * @param updateSource {@code update-source IFNAME|ADDRESS}
 * @param ebgpMultihop {@code ebgp-multihop [TTL]}
 * @param ebgpMultihopTtl the TTL, when written (both vendors use 255 otherwise)
 * @param disableConnectedCheck {@code disable-connected-check}
 * @param shutdown {@code shutdown}
 * @param port {@code port N} (FRR)
 * @param activations every {@code [no] neighbor X activate}, per address family
 * @param ipv4Unicast the IPv4 unicast policy settings
 * @param location the first line naming the neighbour
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record BgpPeer(
    String name,
    PeerKind kind,
    @Nullable String peerGroup,
    @Nullable RemoteAs remoteAs,
    @Nullable String description,
    @Nullable String updateSource,
    boolean ebgpMultihop,
    @Nullable Integer ebgpMultihopTtl,
    boolean disableConnectedCheck,
    boolean shutdown,
    @Nullable Integer port,
    List<AddressFamilyActivation> activations,
    PeerPolicy ipv4Unicast,
    SourceLocation location) {

  public BgpPeer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    activations = List.copyOf(activations);
    Objects.requireNonNull(ipv4Unicast, "ipv4Unicast");
    Objects.requireNonNull(location, "location");
  }

  /**
   * What the last {@code [no] neighbor X activate} in IPv4 unicast says, or empty when none is
   * written (the neighbour is then active unless {@code no bgp default ipv4-unicast}).
   */
  public Optional<Boolean> ipv4UnicastActivation() {
    Boolean last = null;
    for (AddressFamilyActivation a : activations) {
      if (a.addressFamily().equals(AddressFamilyActivation.IPV4_UNICAST)) {
        last = a.active();
      }
    }
    return Optional.ofNullable(last);
  }

  /** A builder for a peer named {@code name} at {@code location}, with nothing else configured. */
  public static Builder builder(String name, PeerKind kind, SourceLocation location) {
    return new Builder(name, kind, location);
  }

  /** A builder holding this peer's values. */
  public Builder toBuilder() {
    Builder b = new Builder(name, kind, location);
    b.peerGroup = peerGroup;
    b.remoteAs = remoteAs;
    b.description = description;
    b.updateSource = updateSource;
    b.ebgpMultihop = ebgpMultihop;
    b.ebgpMultihopTtl = ebgpMultihopTtl;
    b.disableConnectedCheck = disableConnectedCheck;
    b.shutdown = shutdown;
    b.port = port;
    b.activations.addAll(activations);
    b.ipv4Unicast = ipv4Unicast;
    return b;
  }

  /** Builds a {@link BgpPeer}; every setter returns the builder. */
  public static final class Builder {
    private final String name;
    private PeerKind kind;
    private final SourceLocation location;
    private @Nullable String peerGroup;
    private @Nullable RemoteAs remoteAs;
    private @Nullable String description;
    private @Nullable String updateSource;
    private boolean ebgpMultihop;
    private @Nullable Integer ebgpMultihopTtl;
    private boolean disableConnectedCheck;
    private boolean shutdown;
    private @Nullable Integer port;
    private final List<AddressFamilyActivation> activations = new ArrayList<>();
    private PeerPolicy ipv4Unicast = PeerPolicy.NONE;

    private Builder(String name, PeerKind kind, SourceLocation location) {
      this.name = name;
      this.kind = kind;
      this.location = location;
    }

    public String name() {
      return name;
    }

    public PeerKind kind() {
      return kind;
    }

    public @Nullable String peerGroup() {
      return peerGroup;
    }

    public PeerPolicy ipv4Unicast() {
      return ipv4Unicast;
    }

    public Builder kind(PeerKind value) {
      kind = value;
      return this;
    }

    public Builder peerGroup(@Nullable String name) {
      peerGroup = name;
      return this;
    }

    public Builder remoteAs(@Nullable RemoteAs value) {
      remoteAs = value;
      return this;
    }

    public Builder description(@Nullable String text) {
      description = text;
      return this;
    }

    public Builder updateSource(@Nullable String source) {
      updateSource = source;
      return this;
    }

    public Builder ebgpMultihop(boolean value, @Nullable Integer ttl) {
      ebgpMultihop = value;
      ebgpMultihopTtl = ttl;
      return this;
    }

    public Builder disableConnectedCheck(boolean value) {
      disableConnectedCheck = value;
      return this;
    }

    public Builder shutdown(boolean value) {
      shutdown = value;
      return this;
    }

    public Builder port(@Nullable Integer value) {
      port = value;
      return this;
    }

    public Builder activation(AddressFamilyActivation activation) {
      activations.add(activation);
      return this;
    }

    public Builder ipv4Unicast(PeerPolicy policy) {
      ipv4Unicast = policy;
      return this;
    }

    public BgpPeer build() {
      return new BgpPeer(name, kind, peerGroup, remoteAs, description, updateSource, ebgpMultihop,
          ebgpMultihopTtl, disableConnectedCheck, shutdown, port, activations, ipv4Unicast, location);
    }
  }
}
