/**
 * The reader of Cisco IOS-XE configurations ({@code show running-config}): an ANTLR 4 grammar
 * ({@code IosXeLexer.g4}, {@code IosXeParser.g4}) and {@link
 * io.arsim.importer.nva.iosxe.IosXeConfigParser}, which walks the parse tree into the
 * vendor-neutral {@link io.arsim.importer.nva.NvaConfig}.
 */
@NullMarked
package io.arsim.importer.nva.iosxe;

import org.jspecify.annotations.NullMarked;
