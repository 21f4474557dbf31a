package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * An ExpressRoute circuit SKU and its private-peering prefix limit from on-premises (S18, S19):
 * 4,000 IPv4 prefixes for Local and Standard, 10,000 for Premium.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CircuitSku {
  Local(4_000),
  Standard(4_000),
  Premium(10_000);

  private final int onPremisesPrefixLimit;

  CircuitSku(int onPremisesPrefixLimit) {
    this.onPremisesPrefixLimit = onPremisesPrefixLimit;
  }

  /** IPv4 prefixes on-premises may advertise over private peering before the BGP session is dropped. */
  public int onPremisesPrefixLimit() {
    return onPremisesPrefixLimit;
  }
}
