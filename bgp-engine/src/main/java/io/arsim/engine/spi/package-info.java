/**
 * The engine extension SPI: an {@link io.arsim.engine.spi.EngineExtension}, found with {@link
 * java.util.ServiceLoader}, adds resource kinds to the topology file, the BGP nodes and sessions
 * they create (through {@link io.arsim.engine.spi.NetworkAssembly}) and lint rules. It sits at the
 * bottom of the engine with the model ({@code io.arsim.engine.bgp}); ExpressRoute and VPN support
 * is built on it (and on the shared decision processes) and needs nothing else.
 */
@NullMarked
package io.arsim.engine.spi;

import org.jspecify.annotations.NullMarked;
