package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.problem.SourceLocation;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** One {@code set} action of a route-map entry (FRR routemap.rst "Route Map Set Command"). */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface RouteMapSet {

  /** The line of the action. */
  SourceLocation location();

  /** What {@code set ip next-hop} sets the next hop to. */
  enum NextHopKind {
    /** {@code set ip next-hop A.B.C.D}. */
    ADDRESS,
    /** {@code set ip next-hop unchanged}: pass the next hop on as received, even to eBGP peers. */
    UNCHANGED,
    /** {@code set ip next-hop peer-address}: the peer's address inbound, the own session address outbound. */
    PEER_ADDRESS
  }

  /** Whether a number replaces the attribute or is added to or subtracted from it ({@code +N}, {@code -N}). */
  enum Adjustment {
    SET,
    ADD,
    SUBTRACT
  }

  /**
   * {@code set ip next-hop ADDRESS | unchanged | peer-address}.
   *
   * @param kind which form
   * @param address the address of the {@code ADDRESS} form, null otherwise
   * @param location the line
   */
  record NextHop(NextHopKind kind, @Nullable Ipv4Address address, SourceLocation location) implements RouteMapSet {
    public NextHop {
      Objects.requireNonNull(kind, "kind");
      if ((kind == NextHopKind.ADDRESS) != (address != null)) {
        throw new IllegalArgumentException("set ip next-hop " + kind + " with address " + address);
      }
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * {@code set as-path prepend ASN...} or {@code set as-path prepend last-as N}.
   *
   * @param asns the ASNs to prepend, leftmost first; empty for the {@code last-as} form
   * @param lastAsCount how many times the {@code last-as} form repeats the neighbour AS; 0 otherwise
   * @param location the line
   */
  record AsPathPrepend(List<Asn> asns, int lastAsCount, SourceLocation location) implements RouteMapSet {
    public AsPathPrepend {
      asns = List.copyOf(asns);
      if (asns.isEmpty() == (lastAsCount == 0)) {
        throw new IllegalArgumentException("a prepend needs either ASNs or a last-as count");
      }
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * FRR {@code set as-path replace <any|ASN> [ASN]}: replaces {@code match} (every ASN for
   * {@code any}) by {@code replacement}, or by the local AS when no replacement is given.
   *
   * @param match the ASN to replace; null for {@code any}
   * @param replacement the ASN to put instead; null for the local AS
   * @param location the line
   */
  record AsPathReplace(@Nullable Asn match, @Nullable Asn replacement, SourceLocation location)
      implements RouteMapSet {
    public AsPathReplace {
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * {@code set local-preference [+|-]N}.
   *
   * @param value the number
   * @param adjustment set, add or subtract
   * @param location the line
   */
  record LocalPreference(long value, Adjustment adjustment, SourceLocation location) implements RouteMapSet {
    public LocalPreference {
      Objects.requireNonNull(adjustment, "adjustment");
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * {@code set metric [+|-]N} (the MED).
   *
   * @param value the number
   * @param adjustment set, add or subtract
   * @param location the line
   */
  record Metric(long value, Adjustment adjustment, SourceLocation location) implements RouteMapSet {
    public Metric {
      Objects.requireNonNull(adjustment, "adjustment");
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * {@code set community VALUE... [additive]} or {@code set community none}.
   *
   * @param communities the communities to set or add; empty for {@code none}
   * @param additive whether they are added to the route's communities instead of replacing them
   * @param none whether every community is removed ({@code set community none})
   * @param location the line
   */
  record Communities(List<Community> communities, boolean additive, boolean none, SourceLocation location)
      implements RouteMapSet {
    public Communities {
      communities = List.copyOf(communities);
      if (none && (additive || !communities.isEmpty())) {
        throw new IllegalArgumentException("set community none takes no values");
      }
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * {@code set weight N}.
   *
   * @param value the weight
   * @param location the line
   */
  record Weight(long value, SourceLocation location) implements RouteMapSet {
    public Weight {
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * {@code set origin igp|egp|incomplete}.
   *
   * @param origin the origin
   * @param location the line
   */
  record OriginSet(Origin origin, SourceLocation location) implements RouteMapSet {
    public OriginSet {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(location, "location");
    }
  }
}
