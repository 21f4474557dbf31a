package io.arsim.cli;

import java.io.InputStream;
import java.util.Objects;

/**
 * The process's standard input, from which a design named {@code -} is read ({@link DesignLoader});
 * tests give their own.
 *
 * @param stream the bytes of standard input
 */
record StandardInput(InputStream stream) {
  /** The file argument that names standard input. */
  static final String DASH = "-";
  /** How messages name standard input. */
  static final String NAME = "<stdin>";

  StandardInput {
    Objects.requireNonNull(stream, "stream");
  }

  /** Whether {@code file} names standard input ({@code -}). */
  static boolean names(java.nio.file.Path file) {
    return file.toString().equals(DASH);
  }

  /** How messages name {@code file}: {@code <stdin>} for {@code -}, else the path as given. */
  static String display(java.nio.file.Path file) {
    return names(file) ? NAME : file.toString();
  }
}
