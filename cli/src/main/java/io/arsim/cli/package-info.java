/**
 * The {@code arsim} command: the one composition root (the Guice injector, {@code ServiceLoader}
 * discovery of policy providers), the picocli commands, and the table / JSON / DOT renderers. The
 * only module that writes to the console.
 */
@NullMarked
package io.arsim.cli;

import org.jspecify.annotations.NullMarked;
