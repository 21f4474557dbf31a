package io.arsim.policy.builtin.prepend;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.Asn;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of {@code as-path-prepend}.
 *
 * @param count how many times to prepend, 1..10; absent means 1
 * @param asn the ASN to prepend; absent means the local speaker's ASN
 */
@API(status = INTERNAL, since = "0.1")
public record AsPathPrependConfig(@Nullable Integer count, @Nullable Asn asn) {

  public AsPathPrependConfig {
    if (count != null && (count < 1 || count > 10)) {
      throw new IllegalArgumentException("`count` " + count + " is out of range; expected 1..10 (longer"
          + " prepends are rejected by many peers), or omit it for 1");
    }
    count = count == null ? 1 : count;
  }
}
