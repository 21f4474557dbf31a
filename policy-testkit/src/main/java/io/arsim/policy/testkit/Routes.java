package io.arsim.policy.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Routes for tests, written as text: {@code route("10.0.0.0/16").asPath("65001 65515")
 * .communities("65001:100 no-export").med(50)}. Defaults: next hop 192.0.2.1, empty AS path, origin
 * IGP, no MED, local preference 100, no communities, received from {@code "peer"}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Routes {
  private Routes() {}

  /** A route to {@code prefix} (CIDR) with the defaults. */
  public static RouteBuilder route(String prefix) {
    return new RouteBuilder(BgpRoute.builder().prefix(Ipv4Prefix.parse(prefix))
        .nextHop(Ipv4Address.parse("192.0.2.1")).receivedFrom("peer"));
  }

  /** Builds a {@link BgpRoute} from text values; each setter returns this builder. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class RouteBuilder {
    private final BgpRoute.Builder builder;

    RouteBuilder(BgpRoute.Builder builder) {
      this.builder = builder;
    }

    /** The AS path in text form, neighbour first: {@code "65001 65515 {64512 64513}"}. */
    public RouteBuilder asPath(String path) {
      builder.asPath(AsPath.parse(path));
      return this;
    }

    /** The next hop. */
    public RouteBuilder nextHop(String address) {
      builder.nextHop(Ipv4Address.parse(address));
      return this;
    }

    /** Communities separated by spaces: {@code "65001:100 no-export 65001:1:2"}. */
    public RouteBuilder communities(String communities) {
      builder.communities(Communities.parse(communities));
      return this;
    }

    /** A MED. */
    public RouteBuilder med(long med) {
      builder.med(med);
      return this;
    }

    /** The local preference. */
    public RouteBuilder localPreference(long localPreference) {
      builder.localPreference(localPreference);
      return this;
    }

    /** The origin. */
    public RouteBuilder origin(Origin origin) {
      builder.origin(Objects.requireNonNull(origin, "origin"));
      return this;
    }

    /** The peer the route was learned from, or {@code "local"}. */
    public RouteBuilder receivedFrom(String peer) {
      builder.receivedFrom(peer);
      return this;
    }

    /** The route. */
    public BgpRoute build() {
      return builder.build();
    }
  }
}
