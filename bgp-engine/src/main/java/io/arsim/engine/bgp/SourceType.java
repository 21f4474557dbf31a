package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What kind of source a node is, as Azure Route Server's hub routing preference sees it
 * (azure-route-server-facts.md 3.2).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SourceType {
  /** A network virtual appliance (or an SD-WAN appliance). */
  NVA,
  /** An Azure Route Server instance. */
  ROUTE_SERVER,
  /** An ExpressRoute virtual network gateway. */
  EXPRESSROUTE_GATEWAY,
  /** A VPN virtual network gateway. */
  VPN_GATEWAY,
  /** A router outside Azure. */
  ON_PREMISES
}
