package io.arsim.engine.trace;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.engine.forwarding.NvaRoute;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What an NVA's own routing table decided for a packet at a hop.
 *
 * @param route the route of the NVA's table the packet followed (its egress: a NIC, a tunnel, the
 *     NVA itself)
 * @param sourceNat the address the NVA translated the packet's source to (the egress NIC's, when it
 *     applies SNAT there), or null
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record NvaForwarding(NvaRoute route, @Nullable Ipv4Address sourceNat) {

  public NvaForwarding {
    Objects.requireNonNull(route, "route");
  }

  /** The translated source address, when the NVA applied SNAT. */
  public Optional<Ipv4Address> translatedSource() {
    return Optional.ofNullable(sourceNat);
  }
}
