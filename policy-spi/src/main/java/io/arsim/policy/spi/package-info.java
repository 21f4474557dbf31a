/**
 * The routing-policy SPI: {@link io.arsim.policy.spi.PolicyProvider} is the ServiceLoader entry a
 * plugin implements; {@link io.arsim.policy.spi.RoutingPolicy} decides, for one route crossing a
 * session, to accept it (maybe changed) or reject it. Signatures use only core, this package and
 * the JDK, so a plugin depends on {@code arsim-policy-spi} alone.
 */
@NullMarked
package io.arsim.policy.spi;

import org.jspecify.annotations.NullMarked;
