/**
 * The reader of FRR configurations ({@code frr.conf}, or {@code show running-config} in vtysh):
 * an ANTLR 4 grammar ({@code FrrLexer.g4}, {@code FrrParser.g4}) and {@link
 * io.arsim.importer.nva.frr.FrrConfigParser}, which walks the parse tree into the vendor-neutral
 * {@link io.arsim.importer.nva.NvaConfig}.
 */
@NullMarked
package io.arsim.importer.nva.frr;

import org.jspecify.annotations.NullMarked;
