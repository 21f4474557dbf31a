/**
 * The engine extension SPI: an {@link io.arsim.engine.spi.EngineExtension} adds resource kinds to
 * the topology file and the BGP nodes and sessions they create. ExpressRoute and VPN support is
 * built on it and needs nothing else.
 */
@NullMarked
package io.arsim.engine.spi;

import org.jspecify.annotations.NullMarked;
