package io.arsim.policy.spi.match;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Whose rules a prefix-list entry's {@code ge}/{@code le} follow. Both vendors read the bounds the
 * same way (no bound: the exact length; {@code ge G}: G..32; {@code le L}: length..L; both: G..L);
 * they differ in what they accept.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum PrefixListDialect {
  /**
   * FRR ({@code doc/user/filter.rst}, {@code lib/filter_nb.c}): {@code length <= ge <= le <= 32}, so
   * {@code 10.0.0.0/8 le 8} and {@code ge 8} are accepted and mean the exact length.
   */
  FRR,
  /**
   * Cisco IOS-XE ({@code ip prefix-list}, "Configuring IP Prefix Lists"): {@code length < ge <= le <=
   * 32}; a bound equal to the prefix length is refused.
   */
  CISCO;

  /**
   * Checks the bounds of an entry for {@code prefix}.
   *
   * @throws IllegalArgumentException naming the bound, the value and the range this dialect accepts
   */
  void check(Ipv4Prefix prefix, @Nullable Integer ge, @Nullable Integer le) {
    int len = prefix.length();
    int lowest = this == FRR ? len : len + 1;
    String rule = this == FRR ? "FRR requires prefix length <= ge <= le <= 32"
        : "Cisco requires prefix length < ge <= le <= 32";
    if (ge != null && (ge < lowest || ge > 32)) {
      throw new IllegalArgumentException("`ge` " + ge + " is out of range for " + prefix + "; expected " + lowest
          + "..32 (" + rule + ")");
    }
    if (le != null && (le < lowest || le > 32)) {
      throw new IllegalArgumentException("`le` " + le + " is out of range for " + prefix + "; expected " + lowest
          + "..32 (" + rule + ")");
    }
    if (ge != null && le != null && ge > le) {
      throw new IllegalArgumentException("`ge` " + ge + " is greater than `le` " + le + "; expected ge <= le ("
          + rule + ")");
    }
  }
}
