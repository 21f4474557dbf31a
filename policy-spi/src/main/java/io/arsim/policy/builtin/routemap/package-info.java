/**
 * {@code route-map}: FRR and Cisco IOS-XE route maps with ordered clauses, named prefix, AS-path
 * and community lists, per-clause next hops, AS-path prepend and replace, and an implicit deny.
 */
@NullMarked
package io.arsim.policy.builtin.routemap;

import org.jspecify.annotations.NullMarked;
