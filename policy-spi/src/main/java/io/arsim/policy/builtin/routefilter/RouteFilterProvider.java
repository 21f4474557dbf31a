package io.arsim.policy.builtin.routefilter;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.builtin.match.RouteMatch;
import io.arsim.policy.builtin.routefilter.RouteFilterConfig.Action;
import io.arsim.policy.builtin.routefilter.RouteFilterConfig.Entry;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code route-filter}: entries are tried in ascending {@code seq}; the first that matches decides
 * (permit: the route goes on unchanged; deny: it is rejected naming the entry); when none
 * matches the route is denied, as FRR's prefix lists and route maps end with an implicit deny
 * ({@code doc/user/filter.rst}, {@code routemap.rst}). Works in both directions.
 */
@API(status = INTERNAL, since = "0.1")
public final class RouteFilterProvider implements PolicyProvider<RouteFilterConfig> {

  @Override
  public String id() {
    return "route-filter";
  }

  @Override
  public Class<RouteFilterConfig> configType() {
    return RouteFilterConfig.class;
  }

  @Override
  public RoutingPolicy create(RouteFilterConfig config) {
    List<Compiled> compiled = new ArrayList<>();
    long seq = 0;
    for (Entry entry : config.entries()) {
      seq = entry.seq() != null ? entry.seq() : seq + 5;
      compiled.add(new Compiled(seq, entry.action(), entry.match()));
    }
    compiled.sort(Comparator.comparingLong(Compiled::seq));
    List<Compiled> ordered = List.copyOf(compiled);
    return (context, route) -> apply(ordered, route);
  }

  private static PolicyResult apply(List<Compiled> entries, BgpRoute route) {
    for (Compiled entry : entries) {
      if (entry.match().matches(route)) {
        return entry.action() == Action.permit ? PolicyResult.accept(route)
            : PolicyResult.reject("denied by route-filter entry seq " + entry.seq() + " (deny " + entry.match() + ")");
      }
    }
    return PolicyResult.reject("denied by route-filter: no entry matches (implicit deny)");
  }

  private record Compiled(long seq, Action action, RouteMatch match) {}

  @Override
  public String description() {
    return "Permit or deny routes by prefix (FRR prefix-list ge/le), AS-path regex and communities; first match decides, implicit deny.";
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/plugins.md#route-filter");
  }

  @Override
  public String spiVersion() {
    return SPI_VERSION;
  }
}
