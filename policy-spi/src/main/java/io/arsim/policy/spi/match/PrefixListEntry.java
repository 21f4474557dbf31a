package io.arsim.policy.spi.match;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One prefix-list line as a config holds it: {@code ip prefix-list NAME seq SEQ ACTION PREFIX [ge
 * G] [le L]}. A plugin's config record can list these as they are; {@link PrefixList#of} compiles
 * them.
 *
 * @param seq the sequence number, 1..4294967295; without one an entry gets the previous entry's
 *     seq + 5 (the first gets 5), as the routers number them
 * @param action permit or deny
 * @param prefix the covering prefix
 * @param ge the shortest matching length
 * @param le the longest matching length
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PrefixListEntry(@Nullable Long seq, MatchAction action, Ipv4Prefix prefix, @Nullable Integer ge,
    @Nullable Integer le) {

  public PrefixListEntry {
    Objects.requireNonNull(action, "`action` is required: permit or deny");
    Objects.requireNonNull(prefix, "`prefix` is required, e.g. prefix: 10.0.0.0/8");
    if (seq != null && (seq < 1 || seq > 0xFFFF_FFFFL)) {
      throw new IllegalArgumentException("`seq` " + seq + " is out of range; expected 1..4294967295, such as 10");
    }
  }

  /** {@code ACTION PREFIX} without seq or bounds. */
  public static PrefixListEntry of(MatchAction action, Ipv4Prefix prefix) {
    return new PrefixListEntry(null, action, prefix, null, null);
  }
}
