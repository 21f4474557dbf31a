package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.policy.spi.RoutingPolicy;
import org.apiguardian.api.API;

/**
 * A policy instance in a neighbour's chain.
 *
 * @param name the instance name in the topology's {@code policies}
 * @param type the provider id, e.g. {@code as-override}
 * @param policy the configured policy
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NamedPolicy(String name, String type, RoutingPolicy policy) {}
