/** Renderers: aligned text tables like the Azure portal and {@code show bgp}, and JSON. */
@NullMarked
package io.arsim.cli.render;

import org.jspecify.annotations.NullMarked;
