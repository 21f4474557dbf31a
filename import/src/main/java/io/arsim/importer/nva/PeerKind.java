package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a {@code neighbor} statement names. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum PeerKind {
  /** A neighbour at an IPv4 address. */
  IPV4_ADDRESS,
  /** A neighbour at an IPv6 address. */
  IPV6_ADDRESS,
  /** A peer group ({@code neighbor NAME peer-group}). */
  PEER_GROUP,
  /** An unnumbered FRR neighbour named by its interface ({@code neighbor eth1 interface ...}). */
  INTERFACE
}
