/**
 * What speakers share: the decision processes — FRR's best-path selection (NVAs and other routers)
 * and Azure Route Server's (hub routing preference, AS-path length, ECMP) — and the export rules
 * every BGP router applies — and the behaviour of an edge router described by its prefixes (a branch,
 * an on-premises site). Extensions reuse them for their own speakers.
 */
@NullMarked
package io.arsim.engine.decision;

import org.jspecify.annotations.NullMarked;
