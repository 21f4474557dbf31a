package com.example.arsim.tagbysite;

import io.arsim.core.bgp.Community;
import io.arsim.core.net.Ipv4Prefix;
import java.util.List;

/**
 * The config of {@code acme.tag-by-site}, bound from the topology file's {@code config}:
 *
 * <pre>
 * config:
 *   community: "65001:100"          # the site's community (quote it in YAML)
 *   prefixes: [10.1.0.0/16]         # optional: tag only routes inside these prefixes
 * </pre>
 *
 * @param community the community to add
 * @param prefixes tag only routes equal to or inside one of these; empty or absent: every route
 */
public record TagBySiteConfig(Community community, List<Ipv4Prefix> prefixes) {

  public TagBySiteConfig {
    if (community == null) {
      throw new IllegalArgumentException("`community` is missing; expected the site's community, e.g. \"65001:100\"");
    }
    if (community.isWellKnownRange()) {
      throw new IllegalArgumentException("`community` " + community + " is a well-known community; expected a site"
          + " community such as 65001:100 (use the built-in `community` policy for no-export and friends)");
    }
    prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
  }
}
