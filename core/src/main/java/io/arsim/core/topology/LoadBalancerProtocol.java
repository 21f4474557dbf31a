package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The protocol of a load-balancing rule, spelled as in ARM. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum LoadBalancerProtocol {
  /** Every protocol; with ports 0 an HA-ports rule. */
  All,
  /** TCP on one port. */
  Tcp,
  /** UDP on one port. */
  Udp
}
