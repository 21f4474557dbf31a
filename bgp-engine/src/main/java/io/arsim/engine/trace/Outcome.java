package io.arsim.engine.trace;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How one branch of a trace ends. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Outcome {
  /** A NIC owning the destination address received it (directly, or as a load balancer's backend). */
  DELIVERED(true),
  /** A VNet or peering route delivered it into a VNet where no NIC has the address. */
  DELIVERED_TO_VNET(true),
  /** A route with next hop Internet: it leaves Azure. */
  INTERNET(true),
  /** Handed to a gateway node (an extension's ExpressRoute or VPN gateway): it leaves toward on-premises. */
  GATEWAY(true),
  /**
   * It leaves an NVA for what lies behind it: into a tunnel toward a branch or an address outside the
   * design, or, when the NVA's NIC has no usable route, toward a prefix the NVA originates.
   */
  BEYOND_NVA(true),
  /**
   * Next hop None, no route, a next hop nobody answers on or that cannot be reached, a load balancer
   * without a healthy backend or a rule, or a tunnel that carries nothing.
   */
  BLACKHOLE(false),
  /** Dropped by a NIC: IP forwarding disabled on a NIC that is not the destination. */
  DROP(false),
  /** A NIC repeats on the path. */
  LOOP(false),
  /**
   * It reached a failed element (a failed NVA's NIC, a VM in a failed VNet, a failed gateway, branch
   * or load balancer).
   */
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
