package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.problem.SourceLocation;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One {@code match} clause of a route-map entry. An entry matches when all its clauses match
 * (FRR routemap.rst "Matching Conditions"; Cisco "route-map"); a clause naming several lists
 * matches when any of them does.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface RouteMapMatch {

  /** The line of the clause. */
  SourceLocation location();

  /**
   * {@code match ip address prefix-list NAME...}.
   *
   * @param prefixLists the prefix lists, in the order written
   * @param location the line
   */
  record PrefixListMatch(List<String> prefixLists, SourceLocation location) implements RouteMapMatch {
    public PrefixListMatch {
      prefixLists = List.copyOf(prefixLists);
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * {@code match as-path NAME...}.
   *
   * @param asPathLists the AS-path access lists
   * @param location the line
   */
  record AsPathMatch(List<String> asPathLists, SourceLocation location) implements RouteMapMatch {
    public AsPathMatch {
      asPathLists = List.copyOf(asPathLists);
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * {@code match community NAME... [exact-match]}.
   *
   * @param communityLists the community lists
   * @param exactMatch whether the route must carry exactly the listed communities
   * @param location the line
   */
  record CommunityMatch(List<String> communityLists, boolean exactMatch, SourceLocation location)
      implements RouteMapMatch {
    public CommunityMatch {
      communityLists = List.copyOf(communityLists);
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * {@code match ip next-hop address A.B.C.D} (FRR) or {@code match ip next-hop prefix-list NAME...}.
   *
   * @param address the next hop to match, when given as an address
   * @param prefixLists the prefix lists the next hop is matched against; empty when an address is given
   * @param location the line
   */
  record NextHopMatch(@Nullable Ipv4Address address, List<String> prefixLists, SourceLocation location)
      implements RouteMapMatch {
    public NextHopMatch {
      prefixLists = List.copyOf(prefixLists);
      if (address == null && prefixLists.isEmpty()) {
        throw new IllegalArgumentException("a next-hop match needs an address or a prefix list");
      }
      Objects.requireNonNull(location, "location");
    }
  }
}
