/** The JSON Schema of topology files, generated from the Jackson-bound model records. */
@NullMarked
package io.arsim.cli.schema;

import org.jspecify.annotations.NullMarked;
