package io.arsim.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One lint finding.
 *
 * @param severity error, warning or info
 * @param rule the id of the rule that found it
 * @param subject what it is about: a session ({@code nva1 -> rs-spoke}), a NIC, a resource
 * @param message what is wrong and what follows from it, naming the routes concerned
 * @param fix how to fix it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Finding(LintSeverity severity, String rule, String subject, String message, String fix) {

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }

  /** An error. */
  public static Finding error(String rule, String subject, String message, String fix) {
    return new Finding(LintSeverity.ERROR, rule, subject, message, fix);
  }

  /** A warning. */
  public static Finding warning(String rule, String subject, String message, String fix) {
    return new Finding(LintSeverity.WARNING, rule, subject, message, fix);
  }

  /** An informational note. */
  public static Finding info(String rule, String subject, String message, String fix) {
    return new Finding(LintSeverity.INFO, rule, subject, message, fix);
  }
}
