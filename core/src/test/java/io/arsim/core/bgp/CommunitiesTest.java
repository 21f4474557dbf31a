package io.arsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommunitiesTest {

  private static final Community A = Community.parse("65001:100");
  private static final Community B = Community.parse("65001:200");
  private static final LargeCommunity L = LargeCommunity.parse("4200000001:1:2");

  @Test
  void sortedAndDuplicateFreeWhateverTheInputOrder() {
    Communities communities = new Communities(List.of(Community.NO_EXPORT, B, A, B), List.of(L, L));
    assertThat(communities.standard()).containsExactly(A, B, Community.NO_EXPORT);
    assertThat(communities.large()).containsExactly(L);
    assertThat(communities.size()).isEqualTo(4);
    assertThat(communities).isEqualTo(new Communities(List.of(A, Community.NO_EXPORT, B), List.of(L)))
        .hasSameHashCodeAs(new Communities(List.of(A, Community.NO_EXPORT, B), List.of(L)));
  }

  @Test
  void stableToStringThatParsesBack() {
    Communities communities = Communities.EMPTY.add(L).add(Community.NO_EXPORT).add(B).add(A);
    assertThat(communities).hasToString("65001:100 65001:200 65535:65281 4200000001:1:2");
    assertThat(Communities.parse(communities.toString())).isEqualTo(communities);
    assertThat(Communities.EMPTY).hasToString("");
  }

  @Test
  void parseReadsNamesAndLargeCommunities() {
    assertThat(Communities.parse("  no-export 65001:100\t4200000001:1:2 "))
        .isEqualTo(Communities.of(Community.NO_EXPORT, A).add(L));
    assertThat(Communities.parse("")).isEqualTo(Communities.EMPTY);
    assertThatThrownBy(() -> Communities.parse("65001:100 bogus")).hasMessageContaining("\"bogus\"");
  }

  @Test
  void addRemoveContains() {
    Communities one = Communities.of(A);
    Communities two = one.add(B);
    assertThat(one.contains(B)).isFalse(); // immutable
    assertThat(two.contains(A)).isTrue();
    assertThat(two.contains(B)).isTrue();
    assertThat(two.add(B)).isSameAs(two);
    assertThat(two.remove(A)).isEqualTo(Communities.of(B));
    assertThat(two.remove(Community.NO_ADVERTISE)).isSameAs(two);

    Communities withLarge = two.add(L);
    assertThat(withLarge.contains(L)).isTrue();
    assertThat(withLarge.remove(L)).isEqualTo(two);
    assertThat(two.remove(L)).isSameAs(two);
    assertThat(withLarge.remove(L).remove(A).remove(B).isEmpty()).isTrue();
    assertThat(withLarge.remove(L).remove(A).remove(B)).isEqualTo(Communities.EMPTY);
  }

  @Test
  void listsAreImmutable() {
    Communities communities = Communities.of(A);
    assertThatThrownBy(() -> communities.standard().add(B)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> communities.large().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
