package io.arsim.policy.spi.match;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One AS-path access-list line as a config holds it: {@code ip as-path access-list NAME ACTION
 * REGEX}.
 *
 * @param action permit or deny
 * @param regex the expression ({@link AsPathRegex})
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AsPathListEntry(MatchAction action, String regex) {

  public AsPathListEntry {
    Objects.requireNonNull(action, "`action` is required: permit or deny");
    Objects.requireNonNull(regex, "`regex` is required, e.g. regex: _65050$");
  }
}
