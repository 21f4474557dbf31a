package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A built-in inbound rule of a node kind (loop prevention, a gateway's exact-prefix filter) that
 * dropped a received route. A behaviour keeps its rules as constants and returns one from {@link
 * NodeBehaviour#inboundRule}; the reason people read is written only when it is asked for (a route
 * server drops every route an NVA echoes back, and most of those reasons are never read).
 *
 * @param name the rule's short name, e.g. {@code loop prevention}
 * @param reason writes the reason for one route
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record InboundRule(String name, Reason reason) {

  /** Writes why a rule dropped a route. */
  @API(status = EXPERIMENTAL, since = "0.2")
  @FunctionalInterface
  public interface Reason {
    /** Why {@code self} dropped {@code route} from {@code from}. */
    String explain(Node self, Neighbor from, BgpRoute route);
  }

  public InboundRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
  }

  /** This rule as a behaviour returns it: a constant {@code Optional}, made once per rule. */
  public Optional<InboundRule> asResult() {
    return Optional.of(this);
  }

  /** The reason this rule dropped {@code route}. */
  public String explain(Node self, Neighbor from, BgpRoute route) {
    return reason.explain(self, from, route);
  }

  /**
   * Standard eBGP loop prevention: whether a path from {@code from} that holds {@code own} is
   * dropped. It is, unless the neighbour's {@code allowAsIn} permits it: up to N occurrences of the
   * own ASN, or only as the origin AS (FRR {@code aspath_loop_check(...) > allowas_in}).
   */
  public static boolean loops(Asn own, Neighbor from, BgpRoute route) {
    var path = route.attributes().asPath();
    if (!path.contains(own)) {
      return false;
    }
    var allow = from.settings().allowAsIn();
    if (allow == null) {
      return true;
    }
    return !allow.permits(path.count(own), path.origin().filter(own::equals).isPresent());
  }
}
