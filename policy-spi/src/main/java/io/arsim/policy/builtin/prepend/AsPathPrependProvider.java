package io.arsim.policy.builtin.prepend;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.Asn;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code as-path-prepend}, an export policy: prepends {@code asn} (by default the local ASN)
 * {@code count} times, as FRR's route-map {@code set as-path prepend 65001 65001} does outbound.
 * The engine still prepends the local ASN once more when it sends the route, so {@code count: 2}
 * on NVA 65001 makes a locally originated route arrive as {@code 65001 65001 65001}. On import it
 * accepts routes unchanged.
 */
@API(status = INTERNAL, since = "0.1")
public final class AsPathPrependProvider implements PolicyProvider<AsPathPrependConfig> {

  @Override
  public String id() {
    return "as-path-prepend";
  }

  @Override
  public Class<AsPathPrependConfig> configType() {
    return AsPathPrependConfig.class;
  }

  @Override
  public RoutingPolicy create(AsPathPrependConfig config) {
    int count = Objects.requireNonNullElse(config.count(), 1);
    @Nullable Asn fixed = config.asn();
    return (context, route) -> {
      if (context.direction() != Direction.EXPORT) {
        return PolicyResult.accept(route);
      }
      Asn asn = fixed != null ? fixed : context.local().asn();
      return PolicyResult.accept(route.toBuilder().asPath(route.attributes().asPath().prepend(asn, count)).build());
    };
  }

  @Override
  public String description() {
    return "Export: prepend the local (or a given) ASN 1..10 times to make the path less preferred.";
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/plugins.md#as-path-prepend");
  }

  @Override
  public String spiVersion() {
    return SPI_VERSION;
  }

  /** {@inheritDoc} This policy does nothing in the other direction, so a chain there is a mistake. */
  @Override
  public Set<Direction> directions() {
    return Set.of(Direction.EXPORT);
  }
}
