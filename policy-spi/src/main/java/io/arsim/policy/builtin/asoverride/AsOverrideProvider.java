package io.arsim.policy.builtin.asoverride;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code as-override}, an export policy: every occurrence of the <em>peer's</em> ASN in the AS
 * path, in every segment, is replaced by the local ASN, as FRR's {@code neighbor X as-override}
 * does ({@code bgp_peer_as_override} with {@code aspath_replace_specific_asn}).
 *
 * <p>The policy only replaces; the engine prepends the local ASN when it sends the route, as FRR
 * does when it builds the update. So NVA 65001 sending {@code 65515 12076 65050} to a route
 * server (65515) produces {@code 65001 12076 65050} here and {@code 65001 65001 12076 65050} on
 * the wire, and the route server's loop check no longer drops it.
 *
 * <p>FRR applies as-override only to eBGP peers; on an iBGP session (same ASN on both ends) and on
 * import this policy accepts the route unchanged.
 */
@API(status = INTERNAL, since = "0.1")
public final class AsOverrideProvider implements PolicyProvider<AsOverrideConfig> {

  @Override
  public String id() {
    return "as-override";
  }

  @Override
  public Class<AsOverrideConfig> configType() {
    return AsOverrideConfig.class;
  }

  @Override
  public RoutingPolicy create(AsOverrideConfig config) {
    return AsOverrideProvider::apply;
  }

  private static PolicyResult apply(PolicyContext context, BgpRoute route) {
    if (context.direction() != Direction.EXPORT || !context.isEbgp()) {
      return PolicyResult.accept(route);
    }
    AsPath path = route.attributes().asPath();
    AsPath replaced = path.replace(context.peer().asn(), context.local().asn());
    return PolicyResult.accept(replaced == path ? route : route.toBuilder().asPath(replaced).build());
  }

  @Override
  public String description() {
    return "Export: replace every occurrence of the peer's ASN in the AS path with the local ASN (FRR as-override; eBGP only).";
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/plugins.md#as-override");
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
