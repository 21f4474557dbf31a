/**
 * {@code remove-private-as}: FRR's {@code neighbor X remove-private-AS}.
 */
@NullMarked
package io.arsim.policy.builtin.removeprivate;

import org.jspecify.annotations.NullMarked;
