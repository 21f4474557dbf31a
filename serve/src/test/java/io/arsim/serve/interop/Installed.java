package io.arsim.serve.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether a daemon's programs are installed. Missing ones skip the test with a message saying
 * what to install, except on CI (the environment variable {@code CI} is {@code true}), where the
 * daemons are required and a missing one fails the test.
 */
final class Installed {
  private Installed() {}

  static void require(String daemon, String debianPackage, String... programs) {
    List<String> missing = new ArrayList<>();
    for (String program : programs) {
      if (!Files.isExecutable(Path.of(program))) {
        missing.add(program);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String message = daemon + " is not installed (missing " + String.join(", ", missing) + "); install it with"
        + " `apt-get install " + debianPackage + "` to run this interoperability test";
    if ("true".equals(System.getenv("CI"))) {
      fail(message + " (CI=true: the daemons are required on CI, see .ci/run)");
    }
    Assumptions.abort(message);
  }
}
