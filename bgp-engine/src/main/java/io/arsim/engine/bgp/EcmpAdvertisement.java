package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Which path a route server advertises to a peer when it holds an ECMP set. Azure does not
 * document it (azure-route-server-facts.md, Appendix C); labs show each NVA receiving the other
 * NVAs' routes and never its own (S24).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum EcmpAdvertisement {
  /**
   * The default: to each peer, the first member of the ECMP set (by lower peer address) that the
   * peer did not send itself; nothing when every member came from that peer. This is what the
   * published dual-homed labs show.
   */
  PER_PEER,
  /**
   * Classic single best path: the first member of the ECMP set goes to every peer except the one
   * it came from.
   */
  SINGLE_BEST
}
