package io.arsim.importer.inventory;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.InputFiles;
import io.arsim.core.topology.file.SyntaxMessages;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How every importer reads its files: through {@link InputFiles} (regular files only, the size
 * checked before reading) within {@link #DEFAULT_MAX_INPUT_BYTES} unless told otherwise, with
 * Jackson's syntax errors in plain words ({@link SyntaxMessages}).
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ImportFiles {
  /**
   * 256 MiB: import inputs are larger than designs (a 50 MB ARM template is benchmarked in
   * docs/import.md); {@code arsim import --max-input-size} raises it, up to 1 GiB.
   */
  public static final long DEFAULT_MAX_INPUT_BYTES = 256L * 1024 * 1024;

  private ImportFiles() {}

  /** The bytes of {@code file}, or empty with the problem added to {@code builder}. */
  public static Optional<byte[]> read(Path file, String noun, long maxBytes, InventoryBuilder builder) {
    try {
      return Optional.of(InputFiles.read(file, noun, maxBytes));
    } catch (TopologyException e) {
      e.problems().forEach(builder::problem);
      return Optional.empty();
    }
  }

  /**
   * The bytes of {@code file}.
   *
   * @throws ImportException with the one problem {@link InputFiles#read} found
   */
  public static byte[] read(Path file, String noun, long maxBytes) {
    try {
      return InputFiles.read(file, noun, maxBytes);
    } catch (TopologyException e) {
      throw new ImportException(file.toString(), e.problems());
    }
  }

  /** A JSON syntax error at the parser's position, in plain words and without the parser's excerpt. */
  public static Problem syntaxError(String fileName, JsonProcessingException e, String fix) {
    SourceLocation at = e.getLocation() == null ? SourceLocation.ofFile(fileName)
        : new SourceLocation(fileName, e.getLocation().getLineNr(), e.getLocation().getColumnNr());
    return Problem.error("syntax-error", "", "the file is not well-formed JSON: "
        + SyntaxMessages.plain(String.valueOf(e.getOriginalMessage())), fix).located(at, "");
  }
}
