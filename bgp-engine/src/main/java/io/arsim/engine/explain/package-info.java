/**
 * Explanations: why a route is at a node or a NIC, or why it is not, step by step, modelled on
 * FRR's selection reasons and C-BGP's {@code debug dp}.
 */
@NullMarked
package io.arsim.engine.explain;

import org.jspecify.annotations.NullMarked;
