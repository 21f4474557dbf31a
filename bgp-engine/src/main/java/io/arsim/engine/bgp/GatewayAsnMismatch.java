package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What happens between a route server and a gateway of its VNet whose ASN is not 65515 (a VPN
 * gateway with a custom ASN). Microsoft's documentation requires 65515 beside a route server (S1,
 * S4, S12b) without saying what happens otherwise; a 2021 deployment showed the two exchanging
 * routes as eBGP neighbours, the route server prepending 65515 (real-deployments R2, marked open).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum GatewayAsnMismatch {
  /** As the 2021 deployment showed: an eBGP session; routes carry the gateway's ASN and 65515 (default). */
  EXCHANGE,
  /** As the documentation's requirement suggests: no routes are exchanged (the session is down). */
  DOWN
}
