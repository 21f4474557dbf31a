/**
 * The root package of the {@code import} module.
 */
@NullMarked
package io.arsim.importer;

import org.jspecify.annotations.NullMarked;
