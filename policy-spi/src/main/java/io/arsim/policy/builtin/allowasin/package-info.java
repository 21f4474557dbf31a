/**
 * {@code allowas-in}: FRR's {@code neighbor X allowas-in [1-10|origin]}.
 */
@NullMarked
package io.arsim.policy.builtin.allowasin;

import org.jspecify.annotations.NullMarked;
