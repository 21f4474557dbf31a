package io.arsim.policy.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import org.apiguardian.api.API;

/**
 * A capability an import policy may add (as {@code allowas-in} does): the engine asks it before
 * rejecting a received route whose AS path holds the local ASN (standard eBGP loop prevention,
 * which runs before the import chain).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface LoopCheckRelaxation {

  /**
   * Whether {@code route}, whose path holds the local ASN, may be accepted anyway.
   *
   * @param context the session (direction is always import)
   * @param route the route as received
   */
  boolean permitsOwnAsn(PolicyContext context, BgpRoute route);
}
