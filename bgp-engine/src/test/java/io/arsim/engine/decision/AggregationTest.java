package io.arsim.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Origin;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.engine.bgp.Candidate;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Aggregates as RFC 4271 section 9.2.2.2 defines them and FRR 8.4.4 shows them (docs/engine.md,
 * "Vendor profiles": {@code aggregate-address 10.48.0.0/13 summary-only as-set} over two paths
 * {@code 65515} gave {@code 65515 ?}; over {@code 65515} and a local route, {@code {65515}}; without
 * as-set, an empty path with ATOMIC_AGGREGATE and origin incomplete from one incomplete contributor).
 */
class AggregationTest {
  private static final Ipv4Prefix SUMMARY = Ipv4Prefix.parse("10.48.0.0/13");

  private static Candidate path(String prefix, String asPath, Origin origin, String communities) {
    return new Candidate(new BgpRoute(Ipv4Prefix.parse(prefix), "rs", PathAttributes.builder()
        .nextHop(Ipv4Address.parse("10.0.255.4")).asPath(AsPath.parse(asPath)).origin(origin)
        .communities(Communities.parse(communities)).build()), "rs", Ipv4Address.parse("10.0.255.4"), Asn.of(65515),
        Ipv4Address.parse("10.0.255.4"), SpeakerKind.ROUTE_SERVER, HubRoutingPreference.ASPath, true, 0);
  }

  @Test
  void withoutAsSetThePathIsEmptyAndTheWorstOriginWins() {
    BgpRoute summary = Aggregation.route(SUMMARY, List.of(path("10.50.0.0/16", "65515", Origin.IGP, "65515:7"),
        path("10.51.0.0/16", "65515 65050", Origin.INCOMPLETE, "")), false);

    assertThat(summary.prefix()).isEqualTo(SUMMARY);
    assertThat(summary.isLocal()).isTrue();
    assertThat(summary.attributes().asPath()).isEqualTo(AsPath.EMPTY);
    assertThat(summary.attributes().origin()).isEqualTo(Origin.INCOMPLETE);
    assertThat(summary.attributes().communities()).as("communities only with as-set").isEqualTo(Communities.EMPTY);
    assertThat(summary.attributes().nextHop()).isEqualTo(new Ipv4Address(0));
    assertThat(summary.attributes().hasMed()).isFalse();
  }

  @Test
  void egpBeatsIgpAndIncompleteBeatsBoth() {
    assertThat(Aggregation.route(SUMMARY, List.of(path("10.50.0.0/16", "1", Origin.IGP, ""),
        path("10.51.0.0/16", "1", Origin.EGP, "")), false).attributes().origin()).isEqualTo(Origin.EGP);
  }

  @Test
  void asSetKeepsTheCommonLeadingSequenceAndSetsTheRest() {
    assertThat(Aggregation.route(SUMMARY, List.of(path("10.50.0.0/16", "65515", Origin.INCOMPLETE, ""),
        path("10.51.0.0/16", "65515", Origin.INCOMPLETE, "")), true).attributes().asPath())
        .as("FRR: two paths 65515 give 65515").isEqualTo(AsPath.parse("65515"));
    assertThat(Aggregation.route(SUMMARY, List.of(path("10.50.0.0/16", "", Origin.IGP, ""),
        path("10.51.0.0/16", "65515", Origin.INCOMPLETE, "")), true).attributes().asPath())
        .as("FRR: a local route and 65515 give {65515}").isEqualTo(AsPath.parse("{65515}"));
    assertThat(Aggregation.route(SUMMARY, List.of(path("10.50.0.0/16", "65515 12076 65050", Origin.IGP, ""),
        path("10.51.0.0/16", "65515 12076 65060 {64512 64513}", Origin.IGP, ""),
        path("10.52.0.0/16", "65515 65001 12076", Origin.IGP, "")), true).attributes().asPath())
        .as("RFC 4271 9.2.2.2: an ASN of the leading sequence is left out of the set")
        .isEqualTo(AsPath.parse("65515 {12076 64512 64513 65001 65050 65060}"));
  }

  @Test
  void asSetGathersTheCommunitiesAndNoOrderMatters() {
    List<Candidate> contributors = new ArrayList<>(List.of(path("10.50.0.0/16", "65515 1", Origin.IGP, "65515:7"),
        path("10.51.0.0/16", "65515 2", Origin.EGP, "65001:1 65515:7"),
        path("10.52.0.0/16", "65515", Origin.IGP, "no-export")));
    BgpRoute summary = Aggregation.route(SUMMARY, contributors, true);
    assertThat(summary.attributes().communities()).isEqualTo(Communities.parse("65001:1 65515:7 65535:65281"));
    Collections.reverse(contributors);
    assertThat(Aggregation.route(SUMMARY, contributors, true)).isEqualTo(summary);
  }
}
