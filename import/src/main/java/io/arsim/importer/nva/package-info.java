/**
 * A vendor-neutral model of an NVA's routing configuration, as read from an FRR or Cisco IOS-XE
 * configuration: hostname, interfaces (loopbacks and tunnels included), static routes, BGP processes
 * with their neighbours and peer groups, prefix lists, route maps, AS-path access lists and community
 * lists. Every element keeps the file and line it came from.
 *
 * <p>The model records what the configuration says and nothing more: a value the configuration
 * leaves out is absent (null or empty), never replaced by the vendor's default, so that the mapping
 * into a topology can apply the vendor profile's defaults in one place. Where the two vendors give
 * one statement different meanings (prefix-list bounds, an undefined list or route map), the
 * {@link io.arsim.importer.nva.NvaVendor vendor} of the {@link io.arsim.importer.nva.NvaConfig} says
 * which meaning applies.
 *
 * <p>The parsers live in {@code io.arsim.importer.nva.frr} and {@code io.arsim.importer.nva.iosxe}.
 */
@NullMarked
package io.arsim.importer.nva;

import org.jspecify.annotations.NullMarked;
