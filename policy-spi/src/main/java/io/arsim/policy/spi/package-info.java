/**
 * The routing-policy SPI plugin authors compile against: {@code PolicyProvider} (discovered through
 * {@code java.util.ServiceLoader}), its config, {@code RoutingPolicy}, the context it is given and
 * the sealed result it returns. Public signatures here mention only core, SPI and JDK types; the
 * built-in plugins live in {@code io.arsim.policy.builtin} and are reached only through their
 * providers.
 */
@NullMarked
package io.arsim.policy.spi;

import org.jspecify.annotations.NullMarked;
