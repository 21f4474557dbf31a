/**
 * The root package of the {@code serve} module.
 */
@NullMarked
package io.arsim.serve;

import org.jspecify.annotations.NullMarked;
