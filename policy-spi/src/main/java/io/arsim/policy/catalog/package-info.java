/**
 * The catalog of discovered policy providers: it checks their ids (every problem at once, naming
 * the jars), binds each {@code policies} entry of a topology to its provider's config record
 * strictly, with {@code file:line:column} for every bad value, and creates the configured
 * policies the engine runs. Also the exceptions for plugins that cannot be loaded
 * ({@link io.arsim.policy.catalog.PluginException}) or fail at run time
 * ({@link io.arsim.policy.catalog.PolicyEvaluationException}). Internal to arsim: plugin authors
 * need only {@link io.arsim.policy.spi}.
 */
@NullMarked
package io.arsim.policy.catalog;

import org.jspecify.annotations.NullMarked;
