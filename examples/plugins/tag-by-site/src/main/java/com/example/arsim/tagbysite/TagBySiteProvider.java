package com.example.arsim.tagbysite;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.List;
import java.util.Optional;

/**
 * {@code acme.tag-by-site}: adds the site's community to routes (optionally only to routes inside
 * given prefixes), in whichever direction it is placed. Stateless; ServiceLoader creates it through
 * the public no-argument constructor listed in
 * {@code META-INF/services/io.arsim.policy.spi.PolicyProvider}.
 */
public final class TagBySiteProvider implements PolicyProvider<TagBySiteConfig> {

  @Override
  public String id() {
    return "acme.tag-by-site";
  }

  @Override
  public Class<TagBySiteConfig> configType() {
    return TagBySiteConfig.class;
  }

  @Override
  public RoutingPolicy create(TagBySiteConfig config) {
    List<Ipv4Prefix> prefixes = config.prefixes();
    return (context, route) -> applies(prefixes, route)
        ? PolicyResult.accept(route.toBuilder().addCommunity(config.community()).build())
        : PolicyResult.accept(route);
  }

  private static boolean applies(List<Ipv4Prefix> prefixes, BgpRoute route) {
    return prefixes.isEmpty() || prefixes.stream().anyMatch(p -> p.contains(route.prefix()));
  }

  @Override
  public String description() {
    return "Adds the site's community to routes, optionally only inside given prefixes (example plugin).";
  }

  /** The SPI this plugin was compiled against: javac copies the constant in, so arsim can check it. */
  @Override
  public String spiVersion() {
    return SPI_VERSION;
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("https://example.com/arsim/tag-by-site");
  }
}
