/**
 * Readers of what deployed routers show, for {@code arsim compare}: FRR's {@code show bgp ipv4
 * unicast json} / {@code show ip bgp json} and Cisco IOS-XE's {@code show ip bgp} text, both into
 * one {@link io.arsim.importer.observed.ObservedBgpTable}.
 */
@NullMarked
package io.arsim.importer.observed;

import org.jspecify.annotations.NullMarked;
