package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.SourceLocation;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One AS-path access-list line: FRR {@code bgp as-path access-list NAME [seq N] permit|deny REGEX},
 * IOS-XE {@code ip as-path access-list N permit|deny REGEX}.
 *
 * @param sequence the sequence number (given, or assigned in order of appearance: 5, 10, ...)
 * @param action permit or deny
 * @param regex the regular expression as written (Cisco/FRR syntax, {@code _} matches a delimiter)
 * @param location the line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AsPathAccessListEntry(long sequence, Action action, String regex, SourceLocation location) {

  public AsPathAccessListEntry {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(regex, "regex");
    Objects.requireNonNull(location, "location");
  }
}
