/**
 * The engine's built-in lint rules ({@link io.arsim.engine.lint.rules.BuiltInLintRules#all()}):
 * missing as-override, NVA NICs programmed with routes pointing at themselves, NVAs peering one
 * route-server instance only, and sessions that are down.
 */
@NullMarked
package io.arsim.engine.lint.rules;

import org.jspecify.annotations.NullMarked;
