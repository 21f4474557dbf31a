/**
 * {@code local-preference}: FRR's {@code set local-preference} on import, optionally for matching routes only.
 */
@NullMarked
package io.arsim.policy.builtin.localpref;

import org.jspecify.annotations.NullMarked;
