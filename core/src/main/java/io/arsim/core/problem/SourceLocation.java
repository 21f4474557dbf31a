package io.arsim.core.problem;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A place in an input file.
 *
 * @param file the file as the user named it
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SourceLocation(String file, int line, int column) {

  /** A location naming only the file. */
  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0);
  }

  @Override
  public String toString() {
    return line <= 0 ? file : column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
