package io.arsim.engine.trace;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How one branch of a trace ends. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Outcome {
  /** A NIC owning the destination address received it. */
  DELIVERED(true),
  /** A VNet or peering route delivered it into a VNet where no NIC has the address. */
  DELIVERED_TO_VNET(true),
  /** A route with next hop Internet: it leaves Azure. */
  INTERNET(true),
  /** Handed to a gateway node (an extension's ExpressRoute or VPN gateway): it leaves toward on-premises. */
  GATEWAY(true),
  /** An NVA whose NIC has no usable route but which originates a prefix covering the destination. */
  BEYOND_NVA(true),
  /** Next hop None, no route, or a next hop nobody answers on or that cannot be reached. */
  BLACKHOLE(false),
  /** Dropped by a NIC: IP forwarding disabled on a NIC that is not the destination. */
  DROP(false),
  /** A NIC repeats on the path. */
  LOOP(false),
  /** It reached a failed element (a failed NVA's NIC, a VM in a failed VNet, a failed gateway). */
  DOWN(false);

  private final boolean reaches;

  Outcome(boolean reaches) {
    this.reaches = reaches;
  }

  /** Whether the packet gets where the routes send it. */
  public boolean reaches() {
    return reaches;
  }
}
