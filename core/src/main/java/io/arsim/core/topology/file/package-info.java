/**
 * Reading and writing topology files (YAML and JSON, one model): strict binding that reports every
 * problem it can with {@code file:line:column}, the value, what was expected and a suggestion; a
 * location index that maps JSON pointers back to the file; and the writer for round trips.
 */
@NullMarked
package io.arsim.core.topology.file;

import org.jspecify.annotations.NullMarked;
