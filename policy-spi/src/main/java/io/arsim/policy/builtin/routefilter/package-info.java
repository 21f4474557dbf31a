/**
 * {@code route-filter}: an FRR-style prefix list with AS-path and community matches, first match decides, implicit deny.
 */
@NullMarked
package io.arsim.policy.builtin.routefilter;

import org.jspecify.annotations.NullMarked;
