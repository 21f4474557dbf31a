package io.arsim.policy.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The session a route crosses and the direction.
 *
 * @param direction import (received from the peer) or export (about to be sent to it)
 * @param local the speaker whose policy runs
 * @param peer the speaker at the other end of the session
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PolicyContext(Direction direction, Speaker local, Speaker peer) {

  public PolicyContext {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(peer, "peer");
  }

  /** Whether the session is eBGP (the two ASNs differ). */
  public boolean isEbgp() {
    return !local.asn().equals(peer.asn());
  }

  /** The session as text: "nva1 -> rs-spoke/IN_0 (export)". */
  public String describe() {
    return local.name() + (direction == Direction.IMPORT ? " <- " : " -> ") + peer.name()
        + " (" + direction.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
