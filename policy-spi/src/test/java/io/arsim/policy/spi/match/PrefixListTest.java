package io.arsim.policy.spi.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prefix lists as FRR ({@code doc/user/filter.rst}, {@code lib/filter_nb.c}) and Cisco IOS-XE
 * ("Configuring IP Prefix Lists": {@code len < ge-value <= le-value <= 32}) define them.
 */
class PrefixListTest {

  private static Ipv4Prefix p(String text) {
    return Ipv4Prefix.parse(text);
  }

  private static PrefixListEntry line(Long seq, MatchAction action, String prefix, Integer ge, Integer le) {
    return new PrefixListEntry(seq, action, p(prefix), ge, le);
  }

  @Test
  void boundsReadAsBothVendorsReadThem() {
    assertThat(PrefixRange.of(p("10.0.0.0/8"), null, null, PrefixListDialect.FRR).matches(p("10.0.0.0/8"))).isTrue();
    assertThat(PrefixRange.of(p("10.0.0.0/8"), null, null, PrefixListDialect.FRR).matches(p("10.1.0.0/16"))).isFalse();
    PrefixRange ge = PrefixRange.of(p("10.0.0.0/8"), 16, null, PrefixListDialect.CISCO);
    assertThat(ge).isEqualTo(new PrefixRange(p("10.0.0.0/8"), 16, 32)).hasToString("10.0.0.0/8 ge 16");
    PrefixRange le = PrefixRange.of(p("10.0.0.0/8"), null, 24, PrefixListDialect.FRR);
    assertThat(le).isEqualTo(new PrefixRange(p("10.0.0.0/8"), 8, 24)).hasToString("10.0.0.0/8 le 24");
    assertThat(le.matches(p("10.1.2.0/24"))).isTrue();
    assertThat(le.matches(p("10.1.2.0/25"))).isFalse();
    assertThat(le.matches(p("11.0.0.0/8"))).isFalse();
    assertThat(PrefixRange.of(p("10.0.0.0/8"), 16, 24, PrefixListDialect.CISCO)).hasToString("10.0.0.0/8 ge 16 le 24");
  }

  @Test
  void frrAcceptsABoundEqualToTheLengthAndCiscoRefusesIt() {
    assertThat(PrefixRange.of(p("10.0.0.0/8"), 8, 8, PrefixListDialect.FRR).matches(p("10.0.0.0/8"))).isTrue();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrefixRange.of(p("10.0.0.0/8"), 8, null, PrefixListDialect.CISCO))
        .withMessageContaining("`ge` 8 is out of range for 10.0.0.0/8; expected 9..32")
        .withMessageContaining("Cisco requires prefix length < ge <= le <= 32");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrefixRange.of(p("10.0.0.0/8"), null, 8, PrefixListDialect.CISCO))
        .withMessageContaining("`le` 8");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrefixRange.of(p("10.0.0.0/8"), 7, null, PrefixListDialect.FRR))
        .withMessageContaining("expected 8..32 (FRR requires prefix length <= ge <= le <= 32)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PrefixRange.of(p("10.0.0.0/8"), 24, 16, PrefixListDialect.FRR))
        .withMessageContaining("`ge` 24 is greater than `le` 16");
  }

  @Test
  void theFirstMatchInSeqOrderDecidesAndNoMatchDenies() {
    PrefixList list = PrefixList.of("SPOKES", List.of(
        line(20L, MatchAction.permit, "10.0.0.0/8", null, 32),
        line(10L, MatchAction.deny, "10.9.0.0/16", null, 32)), PrefixListDialect.FRR);

    assertThat(list.entries()).extracting(PrefixList.Entry::seq).containsExactly(10L, 20L);
    assertThat(list.permits(p("10.9.1.0/24"))).isFalse();
    assertThat(list.firstMatch(p("10.9.1.0/24")).orElseThrow()).hasToString("seq 10 deny 10.9.0.0/16 le 32");
    assertThat(list.permits(p("10.1.0.0/16"))).isTrue();
    assertThat(list.permits(p("192.168.0.0/16"))).as("implicit deny").isFalse();
    assertThat(list.firstMatch(p("192.168.0.0/16"))).isEmpty();
  }

  @Test
  void linesWithoutSeqAreNumberedByFivesAfterThePreviousOne() {
    PrefixList list = PrefixList.of("L", List.of(
        PrefixListEntry.of(MatchAction.permit, p("10.0.0.0/8")),
        line(12L, MatchAction.permit, "10.1.0.0/16", null, null),
        PrefixListEntry.of(MatchAction.deny, p("10.2.0.0/16"))), PrefixListDialect.FRR);

    assertThat(list.entries()).extracting(PrefixList.Entry::seq).containsExactly(5L, 12L, 17L);
  }

  @Test
  void badLinesAreNamed() {
    assertThatIllegalArgumentException().isThrownBy(() -> PrefixList.of("L", List.of(
            line(10L, MatchAction.permit, "10.0.0.0/8", null, null),
            line(10L, MatchAction.deny, "10.1.0.0/16", null, null)), PrefixListDialect.FRR))
        .withMessageContaining("prefix list L entries 0 and 1 both have seq 10");
    assertThatIllegalArgumentException().isThrownBy(() -> PrefixList.of("L", List.of(
            line(10L, MatchAction.permit, "10.0.0.0/8", 8, null)), PrefixListDialect.CISCO))
        .withMessageStartingWith("prefix list L entry 0: `ge` 8");
    assertThatIllegalArgumentException().isThrownBy(() -> line(0L, MatchAction.permit, "10.0.0.0/8", null, null))
        .withMessageContaining("`seq` 0 is out of range");
  }
}
