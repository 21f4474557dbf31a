/**
 * {@code next-hop}: FRR's {@code set ip next-hop} and {@code neighbor X next-hop-self}.
 */
@NullMarked
package io.arsim.policy.builtin.nexthop;

import org.jspecify.annotations.NullMarked;
