package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** One of the two links of an ExpressRoute circuit's private peering. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum CircuitLink {
  /** The primary link (its /30: {@code primaryPeerAddressPrefix}). */
  primary,
  /** The secondary link (its /30: {@code secondaryPeerAddressPrefix}). */
  secondary
}
