package io.arsim.engine.effective;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Next-hop types of effective routes, named as in ARM and the portal. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum NextHop {
  VnetLocal,
  VNetPeering,
  VNetGlobalPeering,
  Internet,
  None,
  VirtualAppliance,
  VirtualNetworkGateway
}
