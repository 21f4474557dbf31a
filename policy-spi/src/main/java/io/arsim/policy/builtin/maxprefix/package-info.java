/**
 * {@code maximum-prefix}: FRR's {@code neighbor X maximum-prefix N [warning-only]}.
 */
@NullMarked
package io.arsim.policy.builtin.maxprefix;

import org.jspecify.annotations.NullMarked;
