package io.arsim.policy.builtin.localpref;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.policy.builtin.match.MatchConfig;
import io.arsim.policy.builtin.match.RouteMatch;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code local-preference}: on import, sets LOCAL_PREF on the routes that match (all routes when
 * there is no {@code match}), like an FRR route-map entry {@code match ...} / {@code set
 * local-preference N} applied inbound; routes that do not match pass unchanged (this is not a
 * filter). LOCAL_PREF is the second step of FRR's decision process, after weight.
 *
 * <p>On export it has no effect and accepts routes unchanged: LOCAL_PREF is not sent to eBGP peers
 * (RFC 4271 5.1.5), and a provider cannot tell from its config which direction it will be used in,
 * so it does not reject the configuration either.
 */
@API(status = INTERNAL, since = "0.1")
public final class LocalPreferenceProvider implements PolicyProvider<LocalPreferenceConfig> {

  @Override
  public String id() {
    return "local-preference";
  }

  @Override
  public Class<LocalPreferenceConfig> configType() {
    return LocalPreferenceConfig.class;
  }

  @Override
  public RoutingPolicy create(LocalPreferenceConfig config) {
    RouteMatch match = Objects.requireNonNullElse(config.match(), MatchConfig.any()).compile();
    long value = config.value();
    return (context, route) -> context.direction() == Direction.IMPORT && match.matches(route)
        ? PolicyResult.accept(route.toBuilder().localPreference(value).build())
        : PolicyResult.accept(route);
  }

  @Override
  public String description() {
    return "Import: set LOCAL_PREF, optionally only on routes matching a prefix, AS-path regex or communities.";
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/plugins.md#local-preference");
  }

  @Override
  public String spiVersion() {
    return SPI_VERSION;
  }

  /** {@inheritDoc} This policy does nothing in the other direction, so a chain there is a mistake. */
  @Override
  public Set<Direction> directions() {
    return Set.of(Direction.IMPORT);
  }
}
