/**
 * The BGP control plane: nodes (route-server instances, NVAs, and node kinds that extensions add),
 * sessions, Adj-RIBs, the decision processes (FRR's for NVAs, Azure Route Server's for route
 * servers), and the deterministic fixed-point simulation.
 */
@NullMarked
package io.arsim.engine.bgp;

import org.jspecify.annotations.NullMarked;
