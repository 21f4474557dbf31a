package io.arsim.engine.trace;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a packet reached a hop when it did not go there straight: through an internal load balancer
 * (which picked this backend for the flow), through a tunnel from another NVA or a branch, or into
 * Azure through a gateway.
 *
 * @param kind a load balancer or a tunnel
 * @param name the load balancer's or the tunnel's name
 * @param detail in words: the frontend, the rules, the healthy backends and the one the flow hash
 *     picked; or the tunnel's type and the NVA it came from
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Via(Kind kind, String name, String detail) {

  public Via {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
  }

  /** What the packet went through. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Kind {
    /** An internal load balancer: its frontend was the next hop (or the destination). */
    LOAD_BALANCER,
    /** A tunnel from another NVA, or from a branch. */
    TUNNEL,
    /** A gateway instance: the packet entered Azure there, and the GatewaySubnet's routes decided. */
    GATEWAY
  }
}
