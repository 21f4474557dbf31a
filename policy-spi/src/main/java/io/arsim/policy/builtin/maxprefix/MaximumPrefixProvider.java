package io.arsim.policy.builtin.maxprefix;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code maximum-prefix}, an import policy like FRR's {@code neighbor X maximum-prefix N
 * [warning-only]}: when the peer has sent more than {@code limit} routes (the context's
 * {@link io.arsim.policy.spi.PolicyContext#routesFromPeer()}, which counts this one), the session
 * is torn down ({@link PolicyResult#tearDownSession}) unless {@code warningOnly}, in which case
 * the route is accepted (FRR only logs a warning). On export it accepts routes unchanged.
 */
@API(status = INTERNAL, since = "0.1")
public final class MaximumPrefixProvider implements PolicyProvider<MaximumPrefixConfig> {

  @Override
  public String id() {
    return "maximum-prefix";
  }

  @Override
  public Class<MaximumPrefixConfig> configType() {
    return MaximumPrefixConfig.class;
  }

  @Override
  public RoutingPolicy create(MaximumPrefixConfig config) {
    long limit = config.limit();
    boolean warningOnly = config.warningOnly();
    return (context, route) -> {
      if (context.direction() != Direction.IMPORT || context.routesFromPeer() <= limit || warningOnly) {
        return PolicyResult.accept(route);
      }
      return PolicyResult.tearDownSession("maximum-prefix: " + context.peer().name() + " sent "
          + context.routesFromPeer() + " routes, more than the limit " + limit + "; the session goes down");
    };
  }

  @Override
  public String description() {
    return "Import: tear the session down (or only warn) when the peer sends more than `limit` routes.";
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/plugins.md#maximum-prefix");
  }

  @Override
  public String spiVersion() {
    return SPI_VERSION;
  }

  /** {@inheritDoc} This policy does nothing in the other direction, so a chain there is a mistake. */
  @Override
  public java.util.Set<io.arsim.policy.spi.Direction> directions() {
    return java.util.Set.of(io.arsim.policy.spi.Direction.IMPORT);
  }
}
