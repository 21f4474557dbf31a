package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A peer configured on a route-server instance: only a connection from {@code address} whose OPEN
 * carries {@code asn} becomes a session.
 *
 * @param name the peer's name, used as {@link io.arsim.core.bgp.BgpRoute#receivedFrom()} of its
 *     routes (for example {@code nva1})
 * @param address the address the peer connects from
 * @param asn the AS the peer must announce in its OPEN
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PeerConfig(String name, Ipv4Address address, Asn asn) {

  public PeerConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(asn, "asn");
    if (name.isBlank() || !name.strip().equals(name)) {
      throw new IllegalArgumentException("peer name \"" + name + "\" must be non-blank without surrounding spaces");
    }
  }

  @Override
  public String toString() {
    return name + " (" + address + ", AS " + asn + ")";
  }
}
