/**
 * The route matchers of FRR and Cisco IOS-XE route maps, for plugin authors to reuse: prefix lists
 * ({@link io.arsim.policy.spi.match.PrefixList}, with each vendor's {@code ge}/{@code le} rules),
 * AS-path access lists with the routers' regular expressions ({@link
 * io.arsim.policy.spi.match.AsPathAccessList}, {@link io.arsim.policy.spi.match.AsPathRegex}) and
 * community lists, standard and expanded ({@link io.arsim.policy.spi.match.CommunityList}). Each
 * list is compiled once from its config entries (records a plugin's config can hold as they are),
 * is immutable and thread-safe, and decides as the routers do: entries in sequence order, the first
 * that matches decides, no match denies.
 */
@NullMarked
package io.arsim.policy.spi.match;

import org.jspecify.annotations.NullMarked;
