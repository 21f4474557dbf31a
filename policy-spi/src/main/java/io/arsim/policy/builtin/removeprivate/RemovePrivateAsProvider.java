package io.arsim.policy.builtin.removeprivate;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code remove-private-as}, an export policy: removes private ASNs (64512..65534 and
 * 4200000000..4294967294, RFC 6996) from every segment of the AS path, like FRR's
 * {@code neighbor X remove-private-AS all}. (FRR without {@code all} removes them only when the
 * path holds nothing but private ASNs; arsim always removes all of them.) In FRR it runs before
 * as-override. Note that 65515, Azure's own ASN, is private and is removed too. On import it
 * accepts routes unchanged.
 */
@API(status = INTERNAL, since = "0.1")
public final class RemovePrivateAsProvider implements PolicyProvider<RemovePrivateAsConfig> {

  @Override
  public String id() {
    return "remove-private-as";
  }

  @Override
  public Class<RemovePrivateAsConfig> configType() {
    return RemovePrivateAsConfig.class;
  }

  @Override
  public RoutingPolicy create(RemovePrivateAsConfig config) {
    return (context, route) -> {
      if (context.direction() != Direction.EXPORT) {
        return PolicyResult.accept(route);
      }
      AsPath path = route.attributes().asPath();
      AsPath kept = path.removePrivate();
      return PolicyResult.accept(kept == path ? route : route.toBuilder().asPath(kept).build());
    };
  }

  @Override
  public String description() {
    return "Export: remove private ASNs (64512..65534, 4200000000..4294967294) from the AS path (FRR remove-private-AS all).";
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/plugins.md#remove-private-as");
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
