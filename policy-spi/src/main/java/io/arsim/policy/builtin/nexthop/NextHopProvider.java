package io.arsim.policy.builtin.nexthop;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code next-hop}: sets NEXT_HOP, in both directions. With {@code self: true} it is the local
 * speaker's address on this session (FRR {@code neighbor X next-hop-self}); with {@code address}
 * a fixed address (FRR route-map {@code set ip next-hop}), for instance an internal load balancer
 * in front of several NVAs.
 */
@API(status = INTERNAL, since = "0.1")
public final class NextHopProvider implements PolicyProvider<NextHopConfig> {

  @Override
  public String id() {
    return "next-hop";
  }

  @Override
  public Class<NextHopConfig> configType() {
    return NextHopConfig.class;
  }

  @Override
  public RoutingPolicy create(NextHopConfig config) {
    @Nullable Ipv4Address fixed = config.address();
    return (context, route) -> {
      Ipv4Address hop = fixed != null ? fixed : context.local().address();
      return PolicyResult.accept(hop.equals(route.attributes().nextHop()) ? route
          : route.toBuilder().nextHop(hop).build());
    };
  }

  @Override
  public String description() {
    return "Set the next hop to the local address (self: true) or a given address such as a load balancer.";
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/plugins.md#next-hop");
  }

  @Override
  public String spiVersion() {
    return SPI_VERSION;
  }
}
