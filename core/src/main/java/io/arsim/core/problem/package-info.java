/**
 * Problems found in user input: severity, a stable code, where (file, line, column and the path
 * inside the document), what is wrong with which value, and how to fix it.
 */
@NullMarked
package io.arsim.core.problem;

import org.jspecify.annotations.NullMarked;
