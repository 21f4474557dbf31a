package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One route-server instance as a BGP speaker: where it listens, who it is, whom it accepts.
 *
 * @param name the instance's name (for example {@code ars-hub/0}), used in events and logs
 * @param listenAddress the address it listens on (a loopback address when emulating on one machine)
 * @param port the TCP port it listens on (179 is BGP's; any other for tests and unprivileged runs)
 * @param routerAddress the instance's own address as its peers know it: its BGP identifier and the
 *     next hop an emulated route server sets toward its peers (Azure: the instance IP, such as
 *     10.0.1.4); it may differ from {@code listenAddress}, since daemons such as FRR refuse
 *     loopback next hops as martians
 * @param asn its AS (65515 for Azure Route Server)
 * @param holdTime the hold time it proposes in seconds: 0, or 3 and more (Azure: 180, facts sheet 6)
 * @param peers the peers it accepts; no two with the same name or address
 * @param routeLimit the per-peer route limit
 * @param routeLimitIdleTime how long a peer torn down for passing the route limit is refused
 *     before it may connect again
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record InstanceConfig(
    String name,
    Ipv4Address listenAddress,
    int port,
    Ipv4Address routerAddress,
    Asn asn,
    int holdTime,
    List<PeerConfig> peers,
    RouteLimit routeLimit,
    Duration routeLimitIdleTime) {

  /** The hold time Azure Route Server proposes (keepalive 60 s), facts sheet section 6. */
  public static final int AZURE_HOLD_TIME = 180;

  /**
   * The idle time after a route-limit tear-down when nothing else is configured. Azure documents
   * only that such sessions flap; 30 seconds is a guess that keeps the flap visible in tests and
   * labs (FRR's {@code maximum-prefix ... restart} counts in minutes, BIRD's {@code receive limit
   * ... action restart} uses its error wait time, 60 s at first).
   */
  public static final Duration DEFAULT_ROUTE_LIMIT_IDLE_TIME = Duration.ofSeconds(30);

  public InstanceConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(listenAddress, "listenAddress");
    Objects.requireNonNull(routerAddress, "routerAddress");
    Objects.requireNonNull(asn, "asn");
    Objects.requireNonNull(routeLimit, "routeLimit");
    Objects.requireNonNull(routeLimitIdleTime, "routeLimitIdleTime");
    peers = List.copyOf(peers);
    if (port < 0 || port > 0xFFFF) {
      throw new IllegalArgumentException("instance " + name + ": port " + port + " is out of range 0..65535");
    }
    if (holdTime == 1 || holdTime == 2 || holdTime < 0 || holdTime > 0xFFFF) {
      throw new IllegalArgumentException("instance " + name + ": hold time " + holdTime
          + " is not allowed; use 0 (no keepalives) or 3..65535 seconds (RFC 4271 section 4.2)");
    }
    if (routeLimitIdleTime.isNegative()) {
      throw new IllegalArgumentException("instance " + name + ": the route-limit idle time must not be negative");
    }
    Set<String> names = new HashSet<>();
    Set<Ipv4Address> addresses = new HashSet<>();
    for (PeerConfig peer : peers) {
      if (!names.add(peer.name())) {
        throw new IllegalArgumentException("instance " + name + ": two peers are named " + peer.name());
      }
      if (!addresses.add(peer.address())) {
        throw new IllegalArgumentException("instance " + name + ": two peers use address " + peer.address());
      }
    }
  }

  /**
   * An instance listening on its own address, with Azure's hold time, no route limit and the
   * default idle time.
   */
  public static InstanceConfig of(String name, Ipv4Address address, int port, Asn asn, List<PeerConfig> peers) {
    return new InstanceConfig(name, address, port, address, asn, AZURE_HOLD_TIME, peers, RouteLimit.UNLIMITED,
        DEFAULT_ROUTE_LIMIT_IDLE_TIME);
  }

  /**
   * A builder for an instance named {@code name} with AS {@code asn} listening on
   * {@code listenAddress}: port 179, router address = listen address, hold time 180 s, no peers,
   * no route limit, the default idle time.
   */
  public static Builder builder(String name, Ipv4Address listenAddress, Asn asn) {
    return new Builder(name, listenAddress, asn);
  }

  /** A builder holding this instance. */
  public Builder toBuilder() {
    return new Builder(name, listenAddress, asn).port(port).routerAddress(routerAddress).holdTime(holdTime)
        .peers(peers).routeLimit(routeLimit).routeLimitIdleTime(routeLimitIdleTime);
  }

  /** The configured peer connecting from {@code address}. */
  public Optional<PeerConfig> peerAt(Ipv4Address address) {
    for (PeerConfig peer : peers) {
      if (peer.address().equals(address)) {
        return Optional.of(peer);
      }
    }
    return Optional.empty();
  }

  /** Builds an {@link InstanceConfig}; not thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private final String name;
    private final Ipv4Address listenAddress;
    private final Asn asn;
    private int port = 179;
    private Ipv4Address routerAddress;
    private int holdTime = AZURE_HOLD_TIME;
    private List<PeerConfig> peers = List.of();
    private RouteLimit routeLimit = RouteLimit.UNLIMITED;
    private Duration routeLimitIdleTime = DEFAULT_ROUTE_LIMIT_IDLE_TIME;

    private Builder(String name, Ipv4Address listenAddress, Asn asn) {
      this.name = Objects.requireNonNull(name, "name");
      this.listenAddress = Objects.requireNonNull(listenAddress, "listenAddress");
      this.asn = Objects.requireNonNull(asn, "asn");
      this.routerAddress = listenAddress;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder routerAddress(Ipv4Address routerAddress) {
      this.routerAddress = Objects.requireNonNull(routerAddress, "routerAddress");
      return this;
    }

    public Builder holdTime(int holdTime) {
      this.holdTime = holdTime;
      return this;
    }

    public Builder peers(List<PeerConfig> peers) {
      this.peers = List.copyOf(peers);
      return this;
    }

    public Builder routeLimit(RouteLimit routeLimit) {
      this.routeLimit = Objects.requireNonNull(routeLimit, "routeLimit");
      return this;
    }

    public Builder routeLimitIdleTime(Duration routeLimitIdleTime) {
      this.routeLimitIdleTime = Objects.requireNonNull(routeLimitIdleTime, "routeLimitIdleTime");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @throws IllegalArgumentException naming the instance and the value that is not allowed
     */
    public InstanceConfig build() {
      return new InstanceConfig(name, listenAddress, port, routerAddress, asn, holdTime, peers, routeLimit,
          routeLimitIdleTime);
    }
  }
}
