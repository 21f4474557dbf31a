/**
 * {@code as-override}: FRR's {@code neighbor X as-override}.
 */
@NullMarked
package io.arsim.policy.builtin.asoverride;

import org.jspecify.annotations.NullMarked;
