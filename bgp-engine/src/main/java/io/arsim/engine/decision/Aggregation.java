package io.arsim.engine.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.AsPathSegment;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.LargeCommunity;
import io.arsim.core.bgp.Origin;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Route aggregation (RFC 4271 section 9.2.2.2, as FRR's {@code bgp_aggregate_route} and {@code
 * aspath_aggregate} do it): the summary a speaker originates from the paths of more specific
 * prefixes. Shared by every speaker that aggregates.
 *
 * <ul>
 *   <li>ORIGIN: INCOMPLETE when a contributing path has INCOMPLETE, else EGP when one has EGP,
 *       else IGP;
 *   <li>without AS_SET: an empty AS path (the summary carries ATOMIC_AGGREGATE on the wire, which
 *       arsim's path attributes do not hold: it changes no decision);
 *   <li>with AS_SET: the longest leading AS_SEQUENCE common to every contributing path, then one
 *       AS_SET of every other ASN they hold (an ASN already in that sequence is left out of the
 *       set), and the union of their communities;
 *   <li>next hop 0.0.0.0 (the speaker itself), no MED, local preference 100.
 * </ul>
 *
 * <p>The result does not depend on the order of the contributors.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Aggregation {
  private Aggregation() {}

  private static final Ipv4Address SELF = new Ipv4Address(0);

  /**
   * The summary of {@code contributors} for {@code prefix}.
   *
   * @param contributors at least one path of a prefix strictly inside {@code prefix}
   * @param asSet whether to build the AS_SET and gather the communities ({@code as-set})
   */
  public static BgpRoute route(Ipv4Prefix prefix, List<Candidate> contributors, boolean asSet) {
    if (contributors.isEmpty()) {
      throw new IllegalArgumentException("an aggregate of " + prefix + " needs at least one more specific path");
    }
    Origin origin = Origin.IGP;
    for (Candidate c : contributors) {
      Origin o = c.route().attributes().origin();
      if (o.ordinal() > origin.ordinal()) {
        origin = o;
      }
    }
    AsPath path = AsPath.EMPTY;
    Communities communities = Communities.EMPTY;
    if (asSet) {
      path = asSetPath(contributors);
      Set<Community> standard = new TreeSet<>();
      Set<LargeCommunity> large = new TreeSet<>();
      for (Candidate c : contributors) {
        standard.addAll(c.route().attributes().communities().standard());
        large.addAll(c.route().attributes().communities().large());
      }
      communities = new Communities(List.copyOf(standard), List.copyOf(large));
    }
    return new BgpRoute(prefix, BgpRoute.LOCAL, PathAttributes.intern(new PathAttributes(path, origin, SELF, 0, false,
        PathAttributes.DEFAULT_LOCAL_PREFERENCE, communities)));
  }

  /** The common leading sequence, then an AS_SET of the rest. */
  static AsPath asSetPath(List<Candidate> contributors) {
    List<Asn> common = null;
    for (Candidate c : contributors) {
      List<Asn> leading = leadingSequence(c.route().attributes().asPath());
      if (common == null) {
        common = new ArrayList<>(leading);
      } else {
        int n = 0;
        while (n < common.size() && n < leading.size() && common.get(n).equals(leading.get(n))) {
          n++;
        }
        common.subList(n, common.size()).clear();
      }
    }
    List<Asn> sequence = common == null ? List.of() : List.copyOf(common);
    Set<Asn> rest = new TreeSet<>();
    for (Candidate c : contributors) {
      List<Asn> all = c.route().attributes().asPath().asns();
      // The leading common part of this path is the sequence; everything after it goes to the set.
      rest.addAll(all.subList(Math.min(sequence.size(), all.size()), all.size()));
    }
    rest.removeAll(sequence);
    List<AsPathSegment> segments = new ArrayList<>();
    if (!sequence.isEmpty()) {
      segments.add(AsPathSegment.sequence(sequence));
    }
    if (!rest.isEmpty()) {
      segments.add(AsPathSegment.set(List.copyOf(rest)));
    }
    return segments.isEmpty() ? AsPath.EMPTY : new AsPath(segments);
  }

  private static List<Asn> leadingSequence(AsPath path) {
    List<AsPathSegment> segments = path.segments();
    return segments.isEmpty() || segments.get(0).isSet() ? List.of() : segments.get(0).asns();
  }
}
