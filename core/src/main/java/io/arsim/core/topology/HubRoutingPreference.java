package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Route server hub routing preference (ARM {@code hubRoutingPreference}): which source wins when
 * ExpressRoute, VPN and NVAs advertise the same prefix (azure-route-server-facts.md 3.2).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum HubRoutingPreference {
  /** ExpressRoute-learned routes win (the default). */
  ExpressRoute,
  /** VPN- or NVA-learned routes win over ExpressRoute; between them the shorter AS path wins. */
  VpnGateway,
  /** The shortest AS path wins regardless of the source. */
  ASPath
}
