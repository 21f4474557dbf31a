package io.arsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsPathTest {

  private static Asn asn(long value) {
    return Asn.of(value);
  }

  @Test
  void parsesSequencesAndSets() {
    AsPath path = AsPath.parse("65001 65515 {64512 64513} 12076");
    assertThat(path.segments()).containsExactly(
        AsPathSegment.sequence(List.of(asn(65001), asn(65515))),
        AsPathSegment.set(List.of(asn(64512), asn(64513))),
        AsPathSegment.sequence(List.of(asn(12076))));
    assertThat(path).hasToString("65001 65515 {64512 64513} 12076");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "65001 65515 {64512 64513} 12076 | 65001 65515 {64512 64513} 12076",
      "  65001   65002  | 65001 65002",
      "{64512,64513} 65001 | {64512 64513} 65001",
      "{64513 64512 64513} | {64512 64513}",
      "65001{64512}65002 | 65001 {64512} 65002",
      "{1} {2} | {1} {2}",
      "AS65001 1.10 | 65001 65546",
  })
  void normalisesText(String input, String expected) {
    assertThat(AsPath.parse(input)).hasToString(expected);
  }

  @Test
  void emptyPath() {
    assertThat(AsPath.parse("")).isEqualTo(AsPath.EMPTY);
    assertThat(AsPath.parse("   ")).isEqualTo(AsPath.EMPTY);
    assertThat(AsPath.EMPTY).hasToString("");
    assertThat(AsPath.EMPTY.isEmpty()).isTrue();
    assertThat(AsPath.EMPTY.length()).isZero();
    assertThat(AsPath.EMPTY.first()).isEmpty();
    assertThat(AsPath.EMPTY.origin()).isEmpty();
    assertThat(AsPath.of()).isEqualTo(AsPath.EMPTY);
    assertThat(new AsPath(List.of())).isEqualTo(AsPath.EMPTY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "65001 {64512 64513 | not closed",
      "65001 {64512 {64513}} | inside another set",
      "65001 } | closes no set",
      "65001 {} | empty",
      "65001 abc | \"abc\" is not an ASN",
      "65001 4294967296 | \"4294967296\" is not an ASN",
      "65001,65002 | comma at position 5 is outside a set",
      "65001 -1 | \"-1\" is not an ASN",
  })
  void rejectsMalformedText(String text, String problem) {
    assertThatThrownBy(() -> AsPath.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\" is not a valid AS path")
        .hasMessageContaining(problem);
  }

  @Test
  void lengthCountsEachSetAsOne() {
    assertThat(AsPath.parse("65001 65515 {64512 64513} 12076").length()).isEqualTo(4);
    assertThat(AsPath.parse("{1 2 3 4 5}").length()).isEqualTo(1);
    assertThat(AsPath.parse("{1 2} {3 4}").length()).isEqualTo(2);
    assertThat(AsPath.parse("65001 65001 65001").length()).isEqualTo(3);
  }

  @Test
  void adjacentSequencesMergeButSetsDoNot() {
    AsPath split = new AsPath(List.of(
        AsPathSegment.sequence(List.of(asn(1), asn(2))),
        AsPathSegment.sequence(List.of(asn(3)))));
    assertThat(split.segments()).hasSize(1);
    assertThat(split).isEqualTo(AsPath.of(1, 2, 3)).hasSameHashCodeAs(AsPath.of(1, 2, 3));

    AsPath sets = new AsPath(List.of(
        AsPathSegment.set(List.of(asn(1))), AsPathSegment.set(List.of(asn(2)))));
    assertThat(sets.segments()).hasSize(2);
    assertThat(sets.length()).isEqualTo(2);
  }

  @Test
  void segmentsMustNotBeEmpty() {
    assertThatThrownBy(() -> AsPathSegment.sequence(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one ASN");
    assertThatThrownBy(() -> AsPathSegment.set(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set");
  }

  @Test
  void setsAreSortedAndDuplicateFree() {
    AsPathSegment set = AsPathSegment.set(List.of(asn(64513), asn(64512), asn(64513)));
    assertThat(set.asns()).containsExactly(asn(64512), asn(64513));
    assertThat(set).isEqualTo(AsPathSegment.set(List.of(asn(64512), asn(64513))));
    assertThat(set.length()).isEqualTo(1);
    assertThat(set).hasToString("{64512 64513}");
    // sequences keep order and repeats
    AsPathSegment seq = AsPathSegment.sequence(List.of(asn(2), asn(1), asn(2)));
    assertThat(seq.asns()).containsExactly(asn(2), asn(1), asn(2));
    assertThat(seq.length()).isEqualTo(3);
    assertThat(seq).isNotEqualTo(AsPathSegment.sequence(List.of(asn(1), asn(2), asn(2))));
  }

  @Test
  void equalityFollowsContent() {
    assertThat(AsPath.parse("65001 {2 1}"))
        .isEqualTo(AsPath.parse("65001 {1,2}"))
        .hasSameHashCodeAs(AsPath.parse("65001 {1,2}"))
        .isNotEqualTo(AsPath.parse("65001 1 2"))
        .isNotEqualTo(AsPath.parse("{1 2} 65001"));
  }

  @Test
  void segmentListIsImmutable() {
    AsPath path = AsPath.parse("1 2");
    assertThatThrownBy(() -> path.segments().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> path.asns().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void containsAndCountLookInEverySegment() {
    AsPath path = AsPath.parse("65001 65515 65001 {65001 64512} 12076");
    assertThat(path.contains(asn(65001))).isTrue();
    assertThat(path.contains(asn(64512))).isTrue();
    assertThat(path.contains(asn(65002))).isFalse();
    assertThat(path.count(asn(65001))).isEqualTo(3);
    assertThat(path.count(asn(65515))).isEqualTo(1);
    assertThat(path.count(asn(1))).isZero();
  }

  @Test
  void firstAndOrigin() {
    AsPath path = AsPath.parse("65001 65515 12076");
    assertThat(path.first()).contains(asn(65001));
    assertThat(path.origin()).contains(asn(12076));
    assertThat(AsPath.parse("{1 2} 65001").first()).isEmpty();
    assertThat(AsPath.parse("{1 2} 65001").origin()).contains(asn(65001));
    assertThat(AsPath.parse("65001 {1 2}").origin()).isEmpty();
    assertThat(AsPath.parse("65001 {1 2}").first()).contains(asn(65001));
    assertThat(AsPath.of(7).first()).contains(asn(7));
    assertThat(AsPath.of(7).origin()).contains(asn(7));
  }

  @Test
  void asnsFlattens() {
    assertThat(AsPath.parse("65001 {64513 64512} 12076").asns())
        .containsExactly(asn(65001), asn(64512), asn(64513), asn(12076));
  }

  @Test
  void prependAddsToLeadingSequence() {
    AsPath path = AsPath.parse("65515 12076");
    assertThat(path.prepend(asn(65001))).hasToString("65001 65515 12076");
    assertThat(path.prepend(asn(65001)).segments()).hasSize(1);
    assertThat(path.prepend(asn(65001), 3)).hasToString("65001 65001 65001 65515 12076");
    assertThat(path.prepend(asn(65001), 3).length()).isEqualTo(5);
    assertThat(path.prepend(asn(65001), 0)).isSameAs(path);
    assertThat(path).hasToString("65515 12076"); // unchanged
  }

  @Test
  void prependCreatesSequenceBeforeSetOrOnEmpty() {
    assertThat(AsPath.EMPTY.prepend(asn(65001))).isEqualTo(AsPath.of(65001));
    AsPath afterSet = AsPath.parse("{1 2}").prepend(asn(65001), 2);
    assertThat(afterSet).hasToString("65001 65001 {1 2}");
    assertThat(afterSet.segments()).hasSize(2);
    assertThat(afterSet.first()).contains(asn(65001));
  }

  @Test
  void prependRejectsNegativeCount() {
    assertThatThrownBy(() -> AsPath.of(1).prepend(asn(2), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void replaceRewritesEveryOccurrenceLikeAsOverride() {
    // bgp-reference.md: "65001 65515 X" sent by an NVA in 65001 to a 65515 peer with as-override
    AsPath path = AsPath.parse("65515 65001 65515 {65515 64512} 12076");
    AsPath replaced = path.replace(asn(65515), asn(65001));
    assertThat(replaced).hasToString("65001 65001 65001 {64512 65001} 12076");
    assertThat(replaced.length()).isEqualTo(path.length());
    assertThat(replaced.contains(asn(65515))).isFalse();
    assertThat(path.replace(asn(4), asn(5))).isSameAs(path);
  }

  @Test
  void replaceCanCollapseASet() {
    AsPath path = AsPath.parse("{65001 65515}");
    assertThat(path.replace(asn(65515), asn(65001))).hasToString("{65001}");
  }

  @Test
  void removePrivateDropsPrivateAsnsAndEmptySegments() {
    AsPath path = AsPath.parse("65001 65515 {64512 64513} 12076");
    assertThat(path.removePrivate()).hasToString("12076");
    assertThat(AsPath.parse("64512 {64513 100} 4200000000 200").removePrivate()).hasToString("{100} 200");
    assertThat(AsPath.parse("65001 65002").removePrivate()).isEqualTo(AsPath.EMPTY);
    AsPath publicOnly = AsPath.parse("8075 12076");
    assertThat(publicOnly.removePrivate()).isSameAs(publicOnly);
  }

  @Test
  void removePrivateMergesSequencesLeftAdjacent() {
    AsPath path = AsPath.parse("100 {64512} 200").removePrivate();
    assertThat(path.segments()).hasSize(1);
    assertThat(path).isEqualTo(AsPath.of(100, 200));
  }
}
