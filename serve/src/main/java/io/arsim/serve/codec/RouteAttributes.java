package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.AsPathSegment;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.LargeCommunity;
import io.arsim.core.bgp.PathAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Maps UPDATE path attributes to core's {@link PathAttributes} and back.
 *
 * <p>Core's attributes hold what route selection needs: ORIGIN, AS_PATH, NEXT_HOP,
 * MULTI_EXIT_DISC, LOCAL_PREF and both kinds of communities. The rest that a speaker must pass on
 * (ATOMIC_AGGREGATE, AGGREGATOR and unknown optional transitive attributes, RFC 4271 section
 * 5) travels beside them as a list of {@link PathAttribute}s, see {@link #passOn(UpdateMessage)}.
 *
 * <p>4-octet ASNs over a 2-octet session follow RFC 6793 section 4.2: outbound, AS_PATH carries
 * AS_TRANS for each large ASN and AS4_PATH the real path (and AGGREGATOR / AS4_AGGREGATOR alike);
 * inbound, the two are merged by the rules of section 4.2.3.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class RouteAttributes {

  private static final Comparator<PathAttribute> BY_TYPE = Comparator.comparingInt(PathAttribute::typeCode);

  private RouteAttributes() {}

  /**
   * Core's attributes for the routes {@code update} announces: the AS path merged with AS4_PATH,
   * LOCAL_PREF 100 when absent (as from an external peer), communities sorted. Empty when ORIGIN,
   * AS_PATH or NEXT_HOP is missing.
   */
  public static Optional<PathAttributes> toPathAttributes(UpdateMessage update) {
    Optional<PathAttribute.OriginAttribute> origin = update.attribute(PathAttribute.OriginAttribute.class);
    Optional<PathAttribute.AsPathAttribute> asPath = update.attribute(PathAttribute.AsPathAttribute.class);
    Optional<PathAttribute.NextHopAttribute> nextHop = update.attribute(PathAttribute.NextHopAttribute.class);
    if (origin.isEmpty() || asPath.isEmpty() || nextHop.isEmpty()) {
      return Optional.empty();
    }
    Optional<PathAttribute.MultiExitDiscAttribute> med = update.attribute(PathAttribute.MultiExitDiscAttribute.class);
    long localPreference = update.attribute(PathAttribute.LocalPrefAttribute.class)
        .map(PathAttribute.LocalPrefAttribute::localPreference).orElse(PathAttributes.DEFAULT_LOCAL_PREFERENCE);
    List<Community> standard = update.attribute(PathAttribute.CommunitiesAttribute.class)
        .map(PathAttribute.CommunitiesAttribute::communities).orElse(List.of());
    List<LargeCommunity> large = update.attribute(PathAttribute.LargeCommunitiesAttribute.class)
        .map(PathAttribute.LargeCommunitiesAttribute::communities).orElse(List.of());
    return Optional.of(new PathAttributes(
        effectiveAsPath(update),
        origin.get().origin(),
        nextHop.get().nextHop(),
        med.map(PathAttribute.MultiExitDiscAttribute::med).orElse(0L),
        med.isPresent(),
        localPreference,
        new Communities(standard, large)));
  }

  /**
   * The AS path of {@code update} with AS4_PATH merged in (RFC 6793 section 4.2.3): AS4_PATH is
   * ignored when AGGREGATOR holds a real AS (not AS_TRANS) or when it is longer than AS_PATH;
   * otherwise the path is AS_PATH's leading ASNs, as many as AS_PATH has more than AS4_PATH, then
   * AS4_PATH. Lengths count an AS_SET as one.
   */
  public static AsPath effectiveAsPath(UpdateMessage update) {
    AsPath path = update.attribute(PathAttribute.AsPathAttribute.class)
        .map(PathAttribute.AsPathAttribute::asPath).orElse(AsPath.EMPTY);
    Optional<PathAttribute.As4PathAttribute> as4 = update.attribute(PathAttribute.As4PathAttribute.class);
    if (as4.isEmpty()) {
      return path;
    }
    Optional<PathAttribute.AggregatorAttribute> aggregator = update.attribute(PathAttribute.AggregatorAttribute.class);
    if (aggregator.isPresent() && !aggregator.get().asn().equals(Asn.AS_TRANS)) {
      return path;
    }
    AsPath four = as4.get().asPath();
    int keep = path.length() - four.length();
    if (keep < 0) {
      return path;
    }
    List<AsPathSegment> merged = new ArrayList<>(leading(path, keep));
    merged.addAll(four.segments());
    return new AsPath(merged);
  }

  /** The first {@code count} hops of {@code path} (an AS_SET counts one). */
  private static List<AsPathSegment> leading(AsPath path, int count) {
    List<AsPathSegment> result = new ArrayList<>();
    int left = count;
    for (AsPathSegment segment : path.segments()) {
      if (left == 0) {
        break;
      }
      if (segment.isSet()) {
        result.add(segment);
        left--;
      } else {
        int take = Math.min(left, segment.asns().size());
        result.add(AsPathSegment.sequence(segment.asns().subList(0, take)));
        left -= take;
      }
    }
    return result;
  }

  /**
   * What a speaker passes on with the routes of {@code update} beside core's attributes:
   * ATOMIC_AGGREGATE, AGGREGATOR (with the AS of AS4_AGGREGATOR when AGGREGATOR holds AS_TRANS,
   * RFC 6793 section 4.2.3) and the unknown optional transitive attributes with the Partial bit set.
   * Unknown non-transitive attributes are not passed on.
   */
  public static List<PathAttribute> passOn(UpdateMessage update) {
    List<PathAttribute> result = new ArrayList<>();
    for (PathAttribute attribute : update.attributes()) {
      if (attribute instanceof PathAttribute.AtomicAggregateAttribute) {
        result.add(attribute);
      } else if (attribute instanceof PathAttribute.AggregatorAttribute aggregator) {
        Optional<PathAttribute.As4AggregatorAttribute> four =
            update.attribute(PathAttribute.As4AggregatorAttribute.class);
        result.add(aggregator.asn().equals(Asn.AS_TRANS) && four.isPresent()
            ? new PathAttribute.AggregatorAttribute(four.get().asn(), four.get().address())
            : aggregator);
      } else if (attribute instanceof PathAttribute.Unknown unknown && unknown.isTransitive()) {
        result.add(unknown.passedOn());
      }
    }
    return result;
  }

  /**
   * The UPDATE attributes for routes with {@code attributes} sent over a session with
   * {@code negotiated}, sorted by type code: LOCAL_PREF only toward an internal peer, MED only
   * when present, COMMUNITIES and LARGE_COMMUNITY only when not empty, the {@code passOn}
   * attributes added (ATOMIC_AGGREGATE, AGGREGATOR, unknown optional transitive ones); over a
   * 2-octet session AS4_PATH and AS4_AGGREGATOR are added when an ASN needs four octets.
   */
  public static List<PathAttribute> toWire(PathAttributes attributes, List<PathAttribute> passOn,
      Negotiated negotiated) {
    List<PathAttribute> wire = new ArrayList<>();
    wire.add(new PathAttribute.OriginAttribute(attributes.origin()));
    wire.add(new PathAttribute.AsPathAttribute(attributes.asPath()));
    if (!negotiated.fourOctetAs() && needsFourOctets(attributes.asPath())) {
      wire.add(new PathAttribute.As4PathAttribute(attributes.asPath()));
    }
    wire.add(new PathAttribute.NextHopAttribute(attributes.nextHop()));
    if (attributes.hasMed()) {
      wire.add(new PathAttribute.MultiExitDiscAttribute(attributes.med()));
    }
    if (!negotiated.external()) {
      wire.add(new PathAttribute.LocalPrefAttribute(attributes.localPreference()));
    }
    Communities communities = attributes.communities();
    if (!communities.standard().isEmpty()) {
      wire.add(new PathAttribute.CommunitiesAttribute(communities.standard()));
    }
    if (!communities.large().isEmpty()) {
      wire.add(new PathAttribute.LargeCommunitiesAttribute(communities.large()));
    }
    for (PathAttribute attribute : passOn) {
      if (attribute instanceof PathAttribute.AggregatorAttribute aggregator) {
        wire.add(aggregator);
        if (!negotiated.fourOctetAs() && !aggregator.asn().isTwoByte()) {
          wire.add(new PathAttribute.As4AggregatorAttribute(aggregator.asn(), aggregator.address()));
        }
      } else if (attribute instanceof PathAttribute.AtomicAggregateAttribute
          || (attribute instanceof PathAttribute.Unknown unknown && unknown.isTransitive())) {
        wire.add(attribute);
      }
    }
    wire.sort(BY_TYPE);
    return wire;
  }

  private static boolean needsFourOctets(AsPath path) {
    for (AsPathSegment segment : path.segments()) {
      for (Asn asn : segment.asns()) {
        if (!asn.isTwoByte()) {
          return true;
        }
      }
    }
    return false;
  }
}
