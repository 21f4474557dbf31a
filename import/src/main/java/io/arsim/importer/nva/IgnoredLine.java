package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.SourceLocation;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A line the parser understood and left out because it does not affect routing (crypto, line vty,
 * logging, aaa, ntp, ...).
 *
 * @param kind the kind of configuration, e.g. {@code crypto}, {@code line}, {@code logging}
 * @param text the line as written, without surrounding spaces
 * @param location where it is
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record IgnoredLine(String kind, String text, SourceLocation location) {

  public IgnoredLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(location, "location");
  }
}
