/**
 * The {@code arsim} command: the one composition root (Guice injector, ServiceLoader discovery),
 * picocli commands and renderers.
 */
@NullMarked
package io.arsim.cli;

import org.jspecify.annotations.NullMarked;
