/**
 * Semantic validation of a bound topology: every problem at once, each with a stable code, a JSON
 * pointer to the offending value, what is wrong and how to fix it. Rules and their sources are
 * listed in docs/topology.md.
 */
@NullMarked
package io.arsim.core.topology.validation;

import org.jspecify.annotations.NullMarked;
