/**
 * arsim's built-in routing-policy plugins, one sub-package each. They are ordinary {@link io.arsim.policy.spi.PolicyProvider}s listed in {@code META-INF/services} and found exactly as third-party plugins are; nothing outside this package names their classes. Their semantics follow FRR (see the domain BGP reference) and docs/plugins.md documents each config.
 */
@NullMarked
package io.arsim.policy.builtin;

import org.jspecify.annotations.NullMarked;
