package io.arsim.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Network;
import org.apiguardian.api.API;

/**
 * What a lint rule looks at: the design, its network and the state it converged to.
 *
 * @param topology the design
 * @param network its speakers and sessions
 * @param state the converged state
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LintContext(Topology topology, Network network, ConvergedState state) {}
