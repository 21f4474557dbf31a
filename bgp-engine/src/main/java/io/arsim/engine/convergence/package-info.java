/**
 * Convergence: the builder that assembles a {@link io.arsim.engine.bgp.Network} and the
 * deterministic fixed-point simulation that runs it ({@link io.arsim.engine.convergence.Simulation}),
 * computed round by round from what changed.
 */
@NullMarked
package io.arsim.engine.convergence;

import org.jspecify.annotations.NullMarked;
