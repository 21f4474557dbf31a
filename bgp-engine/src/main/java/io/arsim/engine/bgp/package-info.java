/**
 * The model of a simulated BGP network and of its converged state: nodes and their behaviours,
 * neighbours, sessions, candidates and selections, Adj-RIBs and Loc-RIBs, rejections, settings.
 * With {@code io.arsim.engine.spi} it is the bottom of the engine: it uses no other engine package.
 */
@NullMarked
package io.arsim.engine.bgp;

import org.jspecify.annotations.NullMarked;
