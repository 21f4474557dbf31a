package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Next-hop types of a user-defined route, spelled as in ARM and the Azure CLI. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum NextHopType {
  /** An NVA or load balancer frontend; needs {@code nextHopIpAddress}. */
  VirtualAppliance,
  /** The VNet's VPN gateway (not ExpressRoute). */
  VirtualNetworkGateway,
  /** Inside the VNet. */
  VnetLocal,
  /** Azure's Internet edge. */
  Internet,
  /** Drop the traffic. */
  None
}
