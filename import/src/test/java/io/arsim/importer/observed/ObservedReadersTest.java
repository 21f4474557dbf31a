package io.arsim.importer.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.importer.nva.ConfigSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readers of observed BGP tables against outputs written in the shapes the vendors document
 * (src/test/resources/nva/observed/README.md names the sources).
 */
class ObservedReadersTest {

  private static Ipv4Prefix p(String text) {
    return Ipv4Prefix.parse(text);
  }

  private static Ipv4Address a(String text) {
    return Ipv4Address.parse(text);
  }

  @Test
  void readsIosXeShowIpBgpWithContinuationsWrappedPrefixesAndRibFailures() {
    ConfigSamples s = ConfigSamples.load("observed/iosxe-show-ip-bgp.txt");
    ObservedBgpTable table = IosXeShowIpBgpReader.read(s.name(), s.text());

    assertThat(table.problems()).isEmpty();
    assertThat(table.routes()).extracting(ObservedRoute::prefix).containsExactly(
        p("10.0.0.0/16"), p("10.1.0.0/16"), p("10.2.0.0/24"), p("10.200.0.0/16"), p("10.200.1.0/24"),
        p("172.16.0.0/16"), p("192.168.100.128/25"), p("192.168.200.128/25"));
    int first = s.lineOf("Network          Next Hop            Metric LocPrf Weight Path") + 1;
    assertThat(table.route(p("10.0.0.0/16")).orElseThrow().paths()).containsExactly(
        new ObservedPath(a("169.254.21.1"), AsPath.of(65001, 65515), true, true, false, false, false, false, 0L, null,
            null, Origin.IGP, null, s.at(first), ""),
        new ObservedPath(a("169.254.22.1"), AsPath.of(65001, 65515), true, false, true, false, false, false, 0L, null,
            null, Origin.IGP, null, s.at(first + 1), ""));
    assertThat(table.route(p("10.1.0.0/16")).orElseThrow().paths())
        .extracting(ObservedPath::best, ObservedPath::med, ObservedPath::localPreference, ObservedPath::weight,
            ObservedPath::asPath, ObservedPath::origin)
        .containsExactly(
            tuple(false, 0L, null, 0L, AsPath.of(65001, 65001, 65515), Origin.INCOMPLETE),
            tuple(true, 0L, 150L, 50L, AsPath.of(65001, 65515), Origin.INCOMPLETE));
    ObservedPath ribFailure = table.route(p("10.2.0.0/24")).orElseThrow().paths().get(0);
    assertThat(List.of(ribFailure.valid(), ribFailure.best(), ribFailure.ribFailure(), ribFailure.internal()))
        .containsExactly(true, true, true, true);
    assertThat(ribFailure.localPreference()).isEqualTo(100L);
    assertThat(ribFailure.asPath()).isEqualTo(AsPath.EMPTY);
    ObservedPath local = table.route(p("10.200.0.0/16")).orElseThrow().best().orElseThrow();
    assertThat(List.of(local.nextHop(), local.weight(), local.med())).containsExactly(a("0.0.0.0"), 32768L, 0L);
    assertThat(table.route(p("10.200.1.0/24")).orElseThrow().paths().get(0).suppressed()).isTrue();
    assertThat(table.route(p("172.16.0.0/16")).orElseThrow().paths().get(0).asPath())
        .isEqualTo(AsPath.parse("65001 {65010 65011}"));
    ObservedPath wrapped = table.route(p("192.168.100.128/25")).orElseThrow().paths().get(0);
    assertThat(List.of(wrapped.nextHop(), wrapped.med(), wrapped.weight(), wrapped.asPath()))
        .containsExactly(a("169.254.21.1"), 100L, 0L, AsPath.of(65001, 65020));
    assertThat(wrapped.location()).isEqualTo(s.at(s.lineOf("169.254.21.1           100             0 65001 65020 i")));
    assertThat(table.route(p("192.168.200.128/25")).orElseThrow().paths())
        .extracting(ObservedPath::nextHop, ObservedPath::best, ObservedPath::multipath)
        .containsExactly(tuple(a("169.254.22.1"), false, true), tuple(a("169.254.21.1"), true, false));
  }

  @Test
  void reportsIosRowsItCannotReadWithTheirLine() {
    String text = String.join("\n",
        "     Network          Next Hop            Metric LocPrf Weight Path",
        " *>   10.0.0.0/16      169.254.21.1                           0 65001 65515 i",
        "this is not a row",
        " *>   10.0.0.1/16      169.254.21.1                           0 65001 65515 i",
        "");
    ObservedBgpTable table = IosXeShowIpBgpReader.read("x.txt", text);
    assertThat(table.routes()).extracting(ObservedRoute::prefix).containsExactly(p("10.0.0.0/16"));
    assertThat(table.problems()).extracting(pr -> pr.location().line()).containsExactly(3, 4);
    assertThat(table.problems().get(1).message()).contains("10.0.0.1/16").contains("host bits");
  }

  @Test
  void readsFrrJsonInTheNewerAndOlderFlatShapesAndTheDetailShapeAlike() {
    ConfigSamples newer = ConfigSamples.load("observed/frr-show-bgp-ipv4-unicast.json");
    ConfigSamples older = ConfigSamples.load("observed/frr-show-ip-bgp-older.json");
    ConfigSamples detail = ConfigSamples.load("observed/frr-show-bgp-json-detail.json");
    ObservedBgpTable n = FrrBgpJsonReader.read(newer.name(), newer.text());
    ObservedBgpTable o = FrrBgpJsonReader.read(older.name(), older.text());
    ObservedBgpTable d = FrrBgpJsonReader.read(detail.name(), detail.text());

    List<ObservedPath> expected = List.of(
        new ObservedPath(a("10.0.2.5"), AsPath.of(65515, 65002), true, false, true, false, false, false, 0L, null, null,
            Origin.INCOMPLETE, "10.0.2.5", SourceLocation.ofFile("x"), "/routes/10.2.0.0~116/0"),
        new ObservedPath(a("10.0.2.4"), AsPath.of(65515, 65002), true, true, false, false, false, false, 0L, 200L, 10L,
            Origin.INCOMPLETE, "10.0.2.4", SourceLocation.ofFile("x"), "/routes/10.2.0.0~116/1"));
    assertThat(n.route(p("10.2.0.0/16")).orElseThrow().paths()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("location")
        .containsExactlyElementsOf(expected);
    assertThat(o.route(p("10.2.0.0/16")).orElseThrow().paths()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("location")
        .containsExactlyElementsOf(expected);
    assertThat(d.route(p("10.2.0.0/16")).orElseThrow().paths()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("location", "pointer")
        .containsExactlyElementsOf(expected);
    assertThat(d.route(p("10.2.0.0/16")).orElseThrow().paths()).extracting(ObservedPath::pointer)
        .containsExactly("/routes/10.2.0.0~116/paths/0", "/routes/10.2.0.0~116/paths/1");

    ObservedPath local = n.route(p("10.1.0.0/16")).orElseThrow().best().orElseThrow();
    assertThat(List.of(local.nextHop(), local.asPath(), local.weight(), local.origin()))
        .containsExactly(a("0.0.0.0"), AsPath.EMPTY, 32768L, Origin.IGP);
    assertThat(n.routes()).extracting(ObservedRoute::prefix).containsExactly(p("10.1.0.0/16"), p("10.2.0.0/16"));
    assertThat(n.problems()).extracting(Problem::pointer, Problem::message).containsExactly(
        tuple("/routes/2001:db8::~132", "IPv6 prefix 2001:db8::/32 skipped; arsim compares IPv4 unicast"));
    assertThat(o.problems()).isEmpty();
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void saysWhatIsWrongWithJsonThatIsNotATable() {
    assertThat(FrrBgpJsonReader.read("a.json", "{\"routes\": [").problems()).singleElement()
        .satisfies(pr -> {
          assertThat(pr.location().file()).isEqualTo("a.json");
          assertThat(pr.location().line()).isEqualTo(1);
          assertThat(pr.message()).startsWith("the file is not valid JSON");
        });
    assertThat(FrrBgpJsonReader.read("b.json", "{\"vrfId\": 0}").problems()).extracting(Problem::render)
        .containsExactly("b.json: error: routes: there is no \"routes\" object; expected the output of FRR's \"show bgp"
            + " ipv4 unicast json\" [observed-frr-json]\n  fix: collect it with: vtysh -c 'show bgp ipv4 unicast json'");
  }
}
