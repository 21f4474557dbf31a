package io.arsim.policy.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What kind of BGP speaker a session end is. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SpeakerKind {
  /** An instance of Azure Route Server (ASN 65515). */
  ROUTE_SERVER,
  /** A network virtual appliance. */
  NVA,
  /** An ExpressRoute or VPN gateway (ASN 65515). */
  GATEWAY,
  /** An on-premises router, reached over ExpressRoute or VPN. */
  ON_PREMISES
}
