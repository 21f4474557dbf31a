package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.core.topology.RouteTable;
import io.arsim.core.topology.UserDefinedRoute;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.RouteSource;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One effective route of a NIC as {@code arsim effective-routes -o json} prints it (docs/json.md).
 *
 * @param source {@code Default}, {@code User} or {@code VirtualNetworkGateway}
 * @param state {@code Active} or {@code Invalid}
 * @param addressPrefix the prefix
 * @param nextHopType the next-hop type
 * @param nextHopIpAddress the next-hop address, {@code null} when the type has none
 * @param origin where the route comes from, in words
 */
@JsonPropertyOrder({"source", "state", "addressPrefix", "nextHopType", "nextHopIpAddress", "origin"})
record EffectiveRouteRow(String source, String state, String addressPrefix, String nextHopType,
    @Nullable String nextHopIpAddress, String origin) {

  static EffectiveRouteRow of(EffectiveRoute r) {
    return new EffectiveRouteRow(r.source().name(), r.state(), r.prefix().toString(), r.nextHopType().name(),
        r.nextHopAddress().map(Object::toString).orElse(null), r.origin());
  }

  /**
   * The same route as {@code az network nic show-effective-route-table} prints it: arrays for the
   * prefix and next-hop addresses, the user route's name for {@code User} rows, and the route
   * table's {@code disableBgpRoutePropagation} on them ({@code false} elsewhere).
   *
   * @param table the route table of the NIC's subnet, if any
   */
  static Az az(EffectiveRoute r, Optional<RouteTable> table) {
    String name = null;
    boolean disable = false;
    if (r.source() == RouteSource.User && table.isPresent()) {
      disable = table.get().disableBgpRoutePropagation();
      name = table.get().routes().stream().filter(u -> u.addressPrefix().equals(r.prefix())).findFirst()
          .map(UserDefinedRoute::name).orElse(null);
    }
    return new Az(List.of(r.prefix().toString()), disable, name,
        r.nextHopAddress().map(a -> List.of(a.toString())).orElse(List.of()), r.nextHopType().name(),
        r.source().name(), r.state());
  }

  /** The az CLI's spelling of one effective route ({@code EffectiveRoute} in the ARM API). */
  @JsonPropertyOrder(alphabetic = true)
  record Az(List<String> addressPrefix, boolean disableBgpRoutePropagation, @Nullable String name,
      List<String> nextHopIpAddress, String nextHopType, String source, String state) {}

  /** The az CLI's page of effective routes. */
  @JsonPropertyOrder({"nextLink", "value"})
  record AzPage(@Nullable String nextLink, List<Az> value) {}
}
