/**
 * Vendor profiles: arsim's built-in ones ({@code frr}, {@code cisco-iosxe}) and the registry the
 * engine consults for an NVA's {@code vendor}, which finds plugin profiles with ServiceLoader.
 */
@NullMarked
package io.arsim.engine.vendor;

import org.jspecify.annotations.NullMarked;
