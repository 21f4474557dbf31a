package io.arsim.cli;

import io.arsim.core.ArsimException;
import io.arsim.core.topology.TopologyException;
import java.util.function.Supplier;

/**
 * A failure of the engine on one design (it does not converge, a policy plugin fails), with the
 * file it happened in: the engine knows no files, and a command that reads two designs ({@code
 * diff}) must say which one failed. {@link ExitCodes#of} gives it the exit code of its cause.
 */
final class DesignRunException extends ArsimException {
  private static final long serialVersionUID = 1L;

  private DesignRunException(String file, ArsimException cause) {
    super(file + ": " + cause.getMessage(), cause);
  }

  /** Runs {@code work} on the design read from {@code file} (as messages name it), naming it in any engine failure. */
  static <T> T in(String file, Supplier<T> work) {
    try {
      return work.get();
    } catch (TopologyException | UsageException | DesignRunException e) {
      throw e; // these name the file already, or are not about it
    } catch (ArsimException e) {
      throw new DesignRunException(file, e);
    }
  }
}
