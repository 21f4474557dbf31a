/**
 * Failures as input: NVAs, route servers or one of their instances, sessions, whole VNets and any
 * other node (gateways and circuits that extensions add), applied to a network before it converges.
 */
@NullMarked
package io.arsim.engine.failure;

import org.jspecify.annotations.NullMarked;
