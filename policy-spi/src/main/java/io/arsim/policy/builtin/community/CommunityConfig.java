package io.arsim.policy.builtin.community;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.Community;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of {@code community}. Values are standard communities written {@code a:b}
 * (quote them in YAML: {@code "65001:100"}) or well-known names: {@code no-export},
 * {@code no-advertise}, {@code no-export-subconfed}, {@code no-peer}, {@code graceful-shutdown}.
 *
 * @param add communities to add (FRR {@code set community ... additive})
 * @param remove communities to remove (FRR {@code set comm-list ... delete})
 * @param set the communities the route gets instead of its own; {@code []} removes all (FRR
 *     {@code set community none}); exclusive with {@code add} and {@code remove}
 */
@API(status = INTERNAL, since = "0.1")
public record CommunityConfig(
    @Nullable List<Community> add, @Nullable List<Community> remove, @Nullable List<Community> set) {

  public CommunityConfig {
    if (set != null && (add != null || remove != null)) {
      throw new IllegalArgumentException("`set` replaces all communities and cannot be combined with `add` or"
          + " `remove`; use either set: [...] or add/remove");
    }
    if (set == null && add == null && remove == null) {
      throw new IllegalArgumentException("nothing to do; expected `add`, `remove` or `set`, e.g."
          + " add: [\"65001:100\", no-export]");
    }
    add = add == null ? null : List.copyOf(add);
    remove = remove == null ? null : List.copyOf(remove);
    set = set == null ? null : List.copyOf(set);
  }
}
