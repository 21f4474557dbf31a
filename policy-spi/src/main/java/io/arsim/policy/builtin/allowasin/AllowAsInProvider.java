package io.arsim.policy.builtin.allowasin;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import io.arsim.policy.spi.LoopCheckRelaxation;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code allowas-in}, an import policy that relaxes eBGP loop prevention as FRR's
 * {@code neighbor X allowas-in [<1-10>|origin]} does. The loop check runs in the engine before the
 * import chain; the engine asks the policy, as a {@link LoopCheckRelaxation}, whether a received
 * path holding the local ASN may stay:
 *
 * <ul>
 *   <li>count mode: FRR drops the route when the local AS appears <em>more than</em> N times
 *       ({@code aspath_loop_check(...) > allowas_in}), so up to N occurrences are permitted;
 *   <li>origin mode: permitted only when the origin (last) AS is the local AS.
 * </ul>
 *
 * <p>Its {@link RoutingPolicy#apply} accepts every route unchanged. FRR allows the knob only on eBGP
 * sessions; on iBGP the loop check does not run, so the policy has nothing to do there.
 */
@API(status = INTERNAL, since = "0.1")
public final class AllowAsInProvider implements PolicyProvider<AllowAsInConfig> {

  @Override
  public String id() {
    return "allowas-in";
  }

  @Override
  public Class<AllowAsInConfig> configType() {
    return AllowAsInConfig.class;
  }

  @Override
  public RoutingPolicy create(AllowAsInConfig config) {
    return new AllowAsIn(config);
  }

  @Override
  public String description() {
    return "Import: accept paths holding the local ASN up to N times (default 3) or only when it is the origin (FRR allowas-in).";
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/plugins.md#allowas-in");
  }

  private static final class AllowAsIn implements RoutingPolicy, LoopCheckRelaxation {
    private final AllowAsInConfig config;

    AllowAsIn(AllowAsInConfig config) {
      this.config = config;
    }

    @Override
    public PolicyResult apply(PolicyContext context, BgpRoute route) {
      return PolicyResult.accept(route);
    }

    @Override
    public boolean permitsOwnAsn(PolicyContext context, BgpRoute route) {
      AsPath path = route.attributes().asPath();
      if (config.originMode()) {
        return path.origin().filter(context.local().asn()::equals).isPresent();
      }
      Integer count = config.count();
      return count != null && path.count(context.local().asn()) <= count;
    }

    @Override
    public String toString() {
      return config.originMode() ? "allowas-in origin" : "allowas-in " + config.count();
    }
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
