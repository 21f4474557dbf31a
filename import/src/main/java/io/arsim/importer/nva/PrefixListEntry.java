package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.SourceLocation;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One {@code ip prefix-list NAME seq N permit|deny PREFIX [ge G] [le L]} line.
 *
 * <p>Matching (FRR filter.rst "IP Prefix List"; Cisco IOS-XE "ip prefix-list"): a route matches
 * when its first {@code prefix.length()} bits equal the entry's prefix and its length lies in the
 * range: exactly {@code prefix.length()} with neither bound, {@code ge..32} with only {@code ge},
 * {@code prefix.length()..le} with only {@code le}, {@code ge..le} with both. The vendors differ
 * only in which bounds they accept: FRR requires length {@code <=} ge {@code <=} le, Cisco length
 * {@code <} ge {@code <=} le (bgp-reference.md); the parsers warn about entries the vendor rejects.
 *
 * @param sequence the sequence number (given, or the one the vendor assigns: the next multiple of 5)
 * @param action permit or deny
 * @param prefix the prefix to compare with
 * @param ge the lower length bound, when given
 * @param le the upper length bound, when given
 * @param location the line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PrefixListEntry(
    long sequence,
    Action action,
    Ipv4Prefix prefix,
    @Nullable Integer ge,
    @Nullable Integer le,
    SourceLocation location) {

  public PrefixListEntry {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(location, "location");
  }

  /** Whether {@code route} falls in this entry's prefix and length range (the action aside). */
  public boolean matches(Ipv4Prefix route) {
    if (!prefix.contains(route)) {
      return false;
    }
    int min = ge != null ? ge : prefix.length();
    int max = le != null ? le : ge != null ? 32 : prefix.length();
    return route.length() >= min && route.length() <= max;
  }
}
