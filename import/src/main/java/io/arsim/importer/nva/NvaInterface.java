package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.SourceLocation;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An interface block.
 *
 * @param name the name as configured ({@code GigabitEthernet1}, {@code eth0}, {@code Tunnel100})
 * @param kind loopback, tunnel, null or other, from the name
 * @param description {@code description ...}
 * @param addresses the IPv4 addresses, primary first
 * @param vrf the VRF the interface belongs to ({@code vrf forwarding X}, FRR {@code interface X vrf Y})
 * @param tunnel the tunnel settings, when any {@code tunnel ...} line is configured
 * @param shutdown whether the interface is administratively down
 * @param location the {@code interface} line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record NvaInterface(
    String name,
    InterfaceKind kind,
    @Nullable String description,
    List<InterfaceAddress> addresses,
    @Nullable String vrf,
    @Nullable Tunnel tunnel,
    boolean shutdown,
    SourceLocation location) {

  public NvaInterface {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    addresses = List.copyOf(addresses);
    Objects.requireNonNull(location, "location");
  }
}
