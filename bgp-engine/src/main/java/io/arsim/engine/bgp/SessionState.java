package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import org.apiguardian.api.API;

/**
 * A BGP session between two nodes and whether it is up.
 *
 * @param a one end (the lower name)
 * @param aAddress its address on the session
 * @param b the other end
 * @param bAddress its address
 * @param up whether routes flow
 * @param reason why it is down; empty when up
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SessionState(String a, Ipv4Address aAddress, String b, Ipv4Address bAddress, boolean up, String reason) {

  /** Whether the session joins {@code x} and {@code y}. */
  public boolean joins(String x, String y) {
    return (a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x));
  }

  /** The session, down for {@code why}. */
  public SessionState down(String why) {
    return new SessionState(a, aAddress, b, bAddress, false, why);
  }

  /** "nva1 (10.1.1.4) - rs-spoke/IN_0 (10.0.255.4)". */
  public String describe() {
    return a + " (" + aAddress + ") - " + b + " (" + bAddress + ")";
  }
}
