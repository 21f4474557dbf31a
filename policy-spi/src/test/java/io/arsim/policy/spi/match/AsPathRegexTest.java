package io.arsim.policy.spi.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.arsim.core.bgp.AsPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AS-path expressions as FRR ({@code bgpd/bgp_regex.c}: {@code _} is {@code (^|[,{}() ]|$)}) and
 * Cisco ("Regular Expressions": underscore matches a comma, braces, parentheses, the start or end
 * of the input, or a space) search them in the path they print ({@code {64512,64513}} for a set).
 */
class AsPathRegexTest {

  private static boolean matches(String regex, String path) {
    return AsPathRegex.compile(regex).matches(AsPath.parse(path));
  }

  @Test
  void theTextIsThePathAsTheRoutersPrintIt() {
    assertThat(AsPathRegex.text(AsPath.parse("65001 65515 {64513 64512} 12076")))
        .isEqualTo("65001 65515 {64512,64513} 12076");
    assertThat(AsPathRegex.text(AsPath.EMPTY)).isEmpty();
  }

  @Test
  void underscoreMatchesEveryDelimiterAndNoDigit() {
    assertThat(matches("_65515_", "65001 65515 12076")).isTrue();
    assertThat(matches("_65515_", "65001 165515")).isFalse();
    assertThat(matches("^65001_", "65001 65515")).isTrue();
    assertThat(matches("^65001_", "650011 65515")).isFalse();
    assertThat(matches("_65050$", "65001 65050")).isTrue();
    assertThat(matches("_64513_", "65001 {64512 64513}")).as("inside a set, between a comma and a brace").isTrue();
    assertThat(matches("_64512_", "65001 {64512 64513}")).as("between a brace and a comma").isTrue();
  }

  @Test
  void emptyPathIsTheEmptyString() {
    assertThat(matches("^$", "")).isTrue();
    assertThat(matches("^$", "65001")).isFalse();
    assertThat(matches(".*", "")).isTrue();
  }

  @Test
  void anAccessListTakesTheFirstMatchingLineAndDeniesTheRest() {
    AsPathAccessList list = AsPathAccessList.of("ONPREM", List.of(
        new AsPathListEntry(MatchAction.deny, "_65515_"),
        new AsPathListEntry(MatchAction.permit, "_65050$")));

    assertThat(list.permits(AsPath.parse("65515 65050"))).isFalse();
    assertThat(list.permits(AsPath.parse("12076 65050"))).isTrue();
    assertThat(list.permits(AsPath.parse("12076 65060"))).as("implicit deny").isFalse();
    assertThat(list.firstMatch(AsPath.parse("12076 65050")).orElseThrow()).hasToString("permit _65050$");
  }

  @Test
  void invalidExpressionsSayWhere() {
    assertThatIllegalArgumentException().isThrownBy(() -> AsPathRegex.compile("(65001"))
        .withMessageContaining("\"(65001\" is not a valid regular expression");
    assertThatIllegalArgumentException().isThrownBy(() -> AsPathAccessList.of("L", List.of(
            new AsPathListEntry(MatchAction.permit, "[1-"))))
        .withMessageStartingWith("AS-path list L entry 0: ");
  }
}
