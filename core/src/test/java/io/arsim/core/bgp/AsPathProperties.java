package io.arsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AsPathProperties {

  @Provide
  Arbitrary<Asn> asns() {
    return Arbitraries.oneOf(
        Arbitraries.of(65001L, 65002L, 65515L, 12076L, 64512L, 4_200_000_000L),
        Arbitraries.longs().between(0, 0xFFFF_FFFFL)).map(Asn::of);
  }

  @Provide
  Arbitrary<AsPath> paths() {
    Arbitrary<AsPathSegment> segment = Combinators.combine(
            Arbitraries.of(AsPathSegmentType.class), asns().list().ofMinSize(1).ofMaxSize(4))
        .as(AsPathSegment::new);
    return segment.list().ofMaxSize(5).map(AsPath::new);
  }

  @Property
  void parsePrintRoundTrip(@ForAll("paths") AsPath path) {
    assertThat(AsPath.parse(path.toString())).isEqualTo(path);
  }

  @Property
  void lengthIsSequenceAsnsPlusOnePerSet(@ForAll("paths") AsPath path) {
    long sets = path.segments().stream().filter(AsPathSegment::isSet).count();
    long sequenceAsns = path.segments().stream().filter(s -> !s.isSet()).mapToLong(s -> s.asns().size()).sum();
    assertThat(path.length()).isEqualTo(sets + sequenceAsns);
  }

  @Property
  void prependAddsLengthAndBecomesFirst(
      @ForAll("paths") AsPath path, @ForAll("asns") Asn asn, @ForAll @IntRange(max = 5) int times) {
    AsPath prepended = path.prepend(asn, times);
    assertThat(prepended.length()).isEqualTo(path.length() + times);
    assertThat(prepended.count(asn)).isEqualTo(path.count(asn) + times);
    if (times > 0) {
      assertThat(prepended.first()).contains(asn);
    }
  }

  @Property
  void replaceRemovesEveryOccurrenceAndKeepsSequenceLength(
      @ForAll("paths") AsPath path, @ForAll("asns") Asn from, @ForAll("asns") Asn to) {
    AsPath replaced = path.replace(from, to);
    if (!from.equals(to)) {
      assertThat(replaced.contains(from)).isFalse();
    }
    assertThat(replaced.length()).isEqualTo(path.length());
  }

  @Property
  void removePrivateLeavesOnlyPublicAsnsInOrder(@ForAll("paths") AsPath path) {
    AsPath cleaned = path.removePrivate();
    List<Asn> expected = path.asns().stream().filter(a -> !a.isPrivate()).toList();
    assertThat(cleaned.asns()).containsExactlyElementsOf(expected);
    assertThat(cleaned.length()).isLessThanOrEqualTo(path.length());
  }

  @Property
  void noTwoAdjacentSequences(@ForAll("paths") AsPath path) {
    List<AsPathSegment> segments = path.segments();
    for (int i = 1; i < segments.size(); i++) {
      assertThat(segments.get(i - 1).isSet() || segments.get(i).isSet()).isTrue();
    }
  }
}
