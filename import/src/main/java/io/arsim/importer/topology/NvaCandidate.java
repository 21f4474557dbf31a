package io.arsim.importer.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A VM whose NIC address is the peer of a route server's BGP connection: an NVA, whose BGP
 * configuration has to come from elsewhere (its router configuration) before it can be modelled as one.
 *
 * @param virtualMachine the VM's name
 * @param networkInterface the NIC's name
 * @param address the NIC's address, the connection's {@code peerIp}
 * @param routeServer the route server's name
 * @param peerAsn the ASN the route server expects ({@code peerAsn})
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record NvaCandidate(
    String virtualMachine, String networkInterface, Ipv4Address address, String routeServer, long peerAsn) {

  public NvaCandidate {
    Objects.requireNonNull(virtualMachine, "virtualMachine");
    Objects.requireNonNull(networkInterface, "networkInterface");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(routeServer, "routeServer");
  }
}
