/**
 * {@code med}: FRR's {@code set metric}, or removing the MED.
 */
@NullMarked
package io.arsim.policy.builtin.med;

import org.jspecify.annotations.NullMarked;
