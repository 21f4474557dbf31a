/**
 * Differences between two converged states: two designs ({@code arsim diff}), a design with and
 * without failures ({@code arsim whatif}), and every single or double failure of a design
 * ({@code arsim sweep}).
 */
@NullMarked
package io.arsim.engine.diff;

import org.jspecify.annotations.NullMarked;
