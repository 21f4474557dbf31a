package io.arsim.core.problem;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One problem in user input.
 *
 * @param severity error or warning
 * @param code a stable kebab-case identifier, e.g. {@code subnet-outside-vnet}; documented in
 *     docs/topology.md
 * @param pointer JSON pointer to the offending value inside the document, e.g.
 *     {@code /virtualNetworks/0/subnets/1/addressPrefix}; empty for the whole document
 * @param message what is wrong, naming the offending value and what was expected
 * @param fix how to fix it; empty when there is nothing useful to add
 * @param location where the value is in the file, once known
 * @param path the pointer written for people, e.g. {@code virtualNetworks[spoke].subnets[workload]};
 *     empty until located
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Problem(
    Severity severity,
    String code,
    String pointer,
    String message,
    String fix,
    @Nullable SourceLocation location,
    String path) {

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(path, "path");
  }

  /** An error at {@code pointer}. */
  public static Problem error(String code, String pointer, String message, String fix) {
    return new Problem(Severity.ERROR, code, pointer, message, fix, null, "");
  }

  /** A warning at {@code pointer}. */
  public static Problem warning(String code, String pointer, String message, String fix) {
    return new Problem(Severity.WARNING, code, pointer, message, fix, null, "");
  }

  /** This problem placed in a file. */
  public Problem located(SourceLocation location, String path) {
    return new Problem(severity, code, pointer, message, fix, location, path);
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The problem as arsim prints it:
   *
   * <pre>
   * file:line:column: error: path: message [code]
   *   fix: how to fix it
   * </pre>
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    if (location != null) {
      out.append(location).append(": ");
    }
    out.append(severity.label()).append(": ");
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    out.append(message).append(" [").append(code).append(']');
    if (!fix.isEmpty()) {
      out.append(System.lineSeparator()).append("  fix: ").append(fix);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
