/**
 * {@code community}: FRR's {@code set community} (additive, delete, replace).
 */
@NullMarked
package io.arsim.policy.builtin.community;

import org.jspecify.annotations.NullMarked;
