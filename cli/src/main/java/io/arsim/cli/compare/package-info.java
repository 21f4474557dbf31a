/**
 * {@code arsim compare}: what a deployed design really shows (route server learned and advertised
 * routes, NIC effective routes, NVA BGP tables, read by the import module's observed readers) next
 * to what arsim predicts for the design, row by row. The manifest that says which file is what
 * ({@link io.arsim.cli.compare.CompareManifest}), the normalised rows of both sides
 * ({@link io.arsim.cli.compare.CompareRow}) and the classification of their differences
 * ({@link io.arsim.cli.compare.Comparison}).
 */
@NullMarked
package io.arsim.cli.compare;

import org.jspecify.annotations.NullMarked;
