/**
 * Lint: rules that look at a converged design and report what will not work as intended (routes
 * dropped for holding 65515, an NVA NIC pointing at itself, sessions down), each with a fix. The
 * engine's own rules are in {@code lint.rules}; engine extensions add theirs through
 * {@link io.arsim.engine.spi.EngineExtension#lintRules()}.
 */
@NullMarked
package io.arsim.engine.lint;

import org.jspecify.annotations.NullMarked;
