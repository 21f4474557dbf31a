/**
 * {@code as-path-prepend}: FRR's {@code set as-path prepend}.
 */
@NullMarked
package io.arsim.policy.builtin.prepend;

import org.jspecify.annotations.NullMarked;
