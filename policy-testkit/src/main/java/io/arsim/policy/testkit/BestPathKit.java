package io.arsim.policy.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.spi.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Which of several paths for one prefix a speaker selects, so a test can show a policy's (or a
 * chain's) effect on best-path selection. Immutable.
 *
 * <pre>{@code
 * ChainTestKit prepend = ChainTestKit.of().then("prepend-nva2", PolicyTestKit.forId("as-path-prepend")
 *     .config("count: 2")).from("nva2", 65002, "10.2.1.4");
 * BestPathOutcome best = BestPathKit.at(Speakers.routeServer("rs/IN_0", "10.0.255.4"))
 *     .path(Speakers.nva("nva1", 65001, "10.1.1.4"), Routes.route("0.0.0.0/0").asPath("65001"))
 *     .path(Speakers.nva("nva2", 65002, "10.2.1.4"), prepend.apply(Routes.route("0.0.0.0/0")), "65002")
 *     .select();
 * best.bestPeer();           // "nva1"
 * best.lostAt("nva2");       // BestPathStep.AS_PATH_LENGTH
 * }</pre>
 *
 * <p>The decision is a documented, simplified subset of FRR's order, each step deciding only when
 * the earlier ones tie ({@link BestPathStep}): weight, local preference, AS-path length, origin, MED
 * (only between paths whose neighbour AS, the first AS of the path, is the same; a missing MED is 0),
 * eBGP over iBGP (a peer whose ASN differs from the deciding speaker's is eBGP), router id, peer
 * address. Not modelled: locally originated and aggregate routes, IGP metric to the next hop,
 * cluster lists and originator ids, multipath (ECMP), FRR's "prefer the oldest eBGP path", Azure
 * route servers' hub routing preference, and the engine's other speaker-specific rules (use the
 * engine, or {@code arsim explain} on a topology, for those). Paths are compared one after the
 * other in peer-address order, the better one kept, as FRR does without {@code bgp
 * deterministic-med}: with MEDs from several neighbour ASes the result can depend on that order.
 *
 * <p>The routes are taken as the deciding speaker holds them: the kit applies no import rule
 * (loop prevention, the local-preference reset on eBGP). Run the speaker's import chain with
 * {@link ChainTestKit} first, and the sender's export chain (then add the sender's ASN, as the
 * engine does after an export chain) for routes on the wire.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class BestPathKit {
  private final Speaker local;
  private final List<Contender> paths;
  private final List<String> rejected;

  private BestPathKit(Speaker local, List<Contender> paths, List<String> rejected) {
    this.local = local;
    this.paths = paths;
    this.rejected = rejected;
  }

  /** The speaker that decides. */
  public static BestPathKit at(Speaker local) {
    return new BestPathKit(Objects.requireNonNull(local, "local"), List.of(), List.of());
  }

  /** An NVA that decides. */
  public static BestPathKit at(String name, long asn, String address) {
    return at(Speakers.nva(name, asn, address));
  }

  /**
   * Adds a path.
   *
   * @throws AssertionError when its prefix differs from the paths already added
   */
  public BestPathKit path(Contender path) {
    Objects.requireNonNull(path, "path");
    if (!paths.isEmpty() && !paths.get(0).route().prefix().equals(path.route().prefix())) {
      throw new AssertionError("all paths must be for one prefix: " + path.route().prefix() + " from "
          + path.peer().name() + ", but " + paths.get(0).route().prefix() + " before");
    }
    List<Contender> more = new ArrayList<>(paths);
    more.add(path);
    return new BestPathKit(local, List.copyOf(more), rejected);
  }

  /** Adds {@code route} from {@code peer}, weight 0. */
  public BestPathKit path(Speaker peer, BgpRoute route) {
    return path(Contender.of(peer, route));
  }

  /** Adds the built route from {@code peer}, weight 0. */
  public BestPathKit path(Speaker peer, Routes.RouteBuilder route) {
    return path(peer, route.build());
  }

  /**
   * Adds what a chain passed on from {@code peer}; a route the chain rejected is no candidate and is
   * listed in {@link BestPathOutcome#rejected()}.
   */
  public BestPathKit path(Speaker peer, ChainOutcome outcome) {
    return path(peer, outcome, "");
  }

  /**
   * Adds what an export chain passed on from {@code peer}, with {@code prepend} (an AS path, e.g.
   * the sender's ASN {@code "65002"}) put in front, as the sender does after its export chain.
   */
  public BestPathKit path(Speaker peer, ChainOutcome outcome, String prepend) {
    if (outcome.rejected()) {
      List<String> more = new ArrayList<>(rejected);
      more.add(peer.name() + ": rejected by " + outcome.rejectedBy().orElse("?") + ": " + outcome.reason().orElse(""));
      return new BestPathKit(local, paths, List.copyOf(more));
    }
    BgpRoute route = outcome.assertAccepted();
    if (!prepend.isBlank()) {
      List<Asn> asns = new ArrayList<>(AsPath.parse(prepend).asns());
      AsPath path = route.attributes().asPath();
      for (int i = asns.size() - 1; i >= 0; i--) {
        path = path.prepend(asns.get(i));
      }
      route = route.withAttributes(route.attributes().toBuilder().asPath(path).build());
    }
    return path(peer, route);
  }

  /** Runs the decision. */
  public BestPathOutcome select() {
    List<Contender> ordered = paths.stream()
        .sorted(Comparator.comparing((Contender c) -> c.peer().address())).toList();
    Contender best = null;
    for (Contender c : ordered) {
      if (best == null || compare(c, best) < 0) {
        best = c;
      }
    }
    Map<Contender, BestPathStep> lost = new LinkedHashMap<>();
    for (Contender c : ordered) {
      if (c != best) {
        lost.put(c, decidingStep(Objects.requireNonNull(best), c));
      }
    }
    return new BestPathOutcome(local, best, lost, rejected);
  }

  /** Negative when {@code a} is better, positive when {@code b} is, 0 when every step ties. */
  private int compare(Contender a, Contender b) {
    for (BestPathStep step : BestPathStep.values()) {
      int c = compare(step, a, b);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** The first step at which {@code best} and {@code other} differ; {@link BestPathStep#PEER_ADDRESS} when none does. */
  private BestPathStep decidingStep(Contender best, Contender other) {
    for (BestPathStep step : BestPathStep.values()) {
      if (compare(step, best, other) != 0) {
        return step;
      }
    }
    return BestPathStep.PEER_ADDRESS;
  }

  private int compare(BestPathStep step, Contender a, Contender b) {
    return switch (step) {
      // higher is better
      case WEIGHT -> -Integer.compare(a.weight(), b.weight());
      // higher is better
      case LOCAL_PREFERENCE -> -Long.compare(a.route().attributes().localPreference(),
          b.route().attributes().localPreference());
      // lower is better
      case AS_PATH_LENGTH -> Integer.compare(a.route().attributes().asPath().length(),
          b.route().attributes().asPath().length());
      // lower is better: IGP < EGP < incomplete
      case ORIGIN -> a.route().attributes().origin().compareTo(b.route().attributes().origin());
      // lower is better, only from the same neighbour AS
      case MED -> Objects.equals(neighborAs(a), neighborAs(b))
          ? Long.compare(a.route().attributes().medOr(0), b.route().attributes().medOr(0)) : 0;
      // eBGP is better
      case EBGP_OVER_IBGP -> -Boolean.compare(ebgp(a), ebgp(b));
      // lower is better
      case ROUTER_ID -> a.routerId().compareTo(b.routerId());
      // lower is better
      case PEER_ADDRESS -> a.peer().address().compareTo(b.peer().address());
    };
  }

  private static @Nullable Asn neighborAs(Contender c) {
    return c.route().attributes().asPath().first().orElse(null);
  }

  private boolean ebgp(Contender c) {
    return !c.peer().asn().equals(local.asn());
  }
}
