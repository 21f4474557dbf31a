/**
 * The match block shared by {@code route-filter} entries and {@code local-preference}: a prefix with FRR prefix-list {@code ge}/{@code le} rules, an AS-path regular expression and required communities.
 */
@NullMarked
package io.arsim.policy.builtin.match;

import org.jspecify.annotations.NullMarked;
