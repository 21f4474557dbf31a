package io.arsim.cli;

import io.arsim.core.ArsimException;
import io.arsim.core.topology.TopologyException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A failure of the engine on one design (it does not converge, a policy plugin fails), with the
 * file it happened in: the engine knows no files, and a command that reads two designs ({@code
 * diff}) must say which one failed. The exit code is the engine's (1 for a network that does not
 * converge).
 */
final class DesignRunException extends ArsimException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private DesignRunException(Path file, ArsimException cause) {
    super(file + ": " + cause.getMessage(), cause);
    this.exitCode = cause.exitCode();
  }

  /** Runs {@code work} on the design in {@code file}, naming the file in any engine failure. */
  static <T> T in(Path file, Supplier<T> work) {
    try {
      return work.get();
    } catch (TopologyException | UsageException | DesignRunException e) {
      throw e; // these name the file already, or are not about it
    } catch (ArsimException e) {
      throw new DesignRunException(file, e);
    }
  }

  @Override
  public int exitCode() {
    return exitCode;
  }
}
