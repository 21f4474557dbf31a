package io.arsim.policy.spi.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Community;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Community lists as FRR ({@code doc/user/bgp.rst} "Community Lists": a standard line matches a
 * route that has all its communities; an expanded line is a regular expression over the communities
 * as printed; first match decides, no match denies; {@code set comm-list delete}) and Cisco define
 * them.
 */
class CommunityListTest {

  private static Communities c(String text) {
    return Communities.parse(text);
  }

  private static CommunityListEntry standard(MatchAction action, String... communities) {
    return new CommunityListEntry(action, List.of(communities).stream().map(Community::parse).toList(), null);
  }

  private static CommunityListEntry expanded(MatchAction action, String regex) {
    return new CommunityListEntry(action, null, regex);
  }

  @Test
  void aStandardLineNeedsAllItsCommunities() {
    CommunityList list = CommunityList.of("TAGGED", List.of(standard(MatchAction.permit, "65001:100", "65001:200")));

    assertThat(list.permits(c("65001:100 65001:200 65001:300"))).isTrue();
    assertThat(list.permits(c("65001:100"))).isFalse();
    assertThat(list.expanded()).isFalse();
  }

  @Test
  void theFirstMatchingLineDecidesAndNoMatchDenies() {
    CommunityList list = CommunityList.of("L", List.of(
        standard(MatchAction.deny, "no-export"),
        standard(MatchAction.permit, "65001:100")));

    assertThat(list.permits(c("65001:100 65535:65281"))).isFalse();
    assertThat(list.permits(c("65001:100"))).isTrue();
    assertThat(list.permits(c("65001:999"))).isFalse();
  }

  @Test
  void anExpandedLineSearchesTheCommunitiesAsPrintedWithWellKnownNames() {
    assertThat(CommunityList.text(c("65001:100 65535:65281 65535:65283"))).isEqualTo("65001:100 no-export local-AS");
    CommunityList fromSite = CommunityList.of("SITE", List.of(expanded(MatchAction.permit, "_65001:1[0-9][0-9]_")));
    assertThat(fromSite.permits(c("65002:5 65001:150"))).isTrue();
    assertThat(fromSite.permits(c("65001:1500"))).isFalse();
    CommunityList noExport = CommunityList.of("NE", List.of(expanded(MatchAction.permit, "no-export")));
    assertThat(noExport.permits(c("65535:65281"))).isTrue();
  }

  @Test
  void exactMatchWantsExactlyTheLinesCommunities() {
    CommunityList list = CommunityList.of("L", List.of(standard(MatchAction.permit, "65001:100")));

    assertThat(list.permitsExactly(c("65001:100"))).isTrue();
    assertThat(list.permitsExactly(c("65001:100 65001:200"))).isFalse();
    assertThatIllegalStateException().isThrownBy(() ->
        CommunityList.of("X", List.of(expanded(MatchAction.permit, "."))).permitsExactly(c("1:1")));
  }

  @Test
  void deleteRemovesTheCommunitiesAPermitLineMatches() {
    CommunityList list = CommunityList.of("STRIP", List.of(
        standard(MatchAction.deny, "65001:1"),
        standard(MatchAction.permit, "65001:1", "65001:2")));

    assertThat(list.deletes(Community.parse("65001:1"))).as("the deny line comes first").isFalse();
    assertThat(list.deletes(Community.parse("65001:2"))).isTrue();
    assertThat(list.deletes(Community.parse("65001:3"))).isFalse();
    CommunityList regex = CommunityList.of("R", List.of(expanded(MatchAction.permit, "^65001:")));
    assertThat(regex.deletes(Community.parse("65001:7"))).isTrue();
    assertThat(regex.deletes(Community.parse("65002:7"))).isFalse();
  }

  @Test
  void linesAreStandardOrExpandedNeverBoth() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CommunityListEntry(MatchAction.permit,
        List.of(Community.parse("1:1")), "x")).withMessageContaining("exclude each other");
    assertThatIllegalArgumentException().isThrownBy(() -> new CommunityListEntry(MatchAction.permit, List.of(), null))
        .withMessageContaining("expected `communities`");
    assertThatIllegalArgumentException().isThrownBy(() -> CommunityList.of("M", List.of(
            standard(MatchAction.permit, "1:1"), expanded(MatchAction.permit, "x"))))
        .withMessageContaining("a list is either standard or expanded");
    assertThatIllegalArgumentException().isThrownBy(() -> CommunityList.of("E", List.of()))
        .withMessageContaining("has no entries");
  }
}
