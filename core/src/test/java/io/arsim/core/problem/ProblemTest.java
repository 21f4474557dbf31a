package io.arsim.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ProblemTest {
  private static final String NL = System.lineSeparator();

  @Test
  void rendersLocationSeverityPathMessageCodeAndFix() {
    Problem problem = Problem.error("subnet-outside-vnet", "/virtualNetworks/0/subnets/0/addressPrefix",
            "subnet prefix 10.2.1.0/24 is not inside 10.1.0.0/16", "choose a prefix inside 10.1.0.0/16")
        .located(new SourceLocation("a.yaml", 9, 24), "virtualNetworks[spoke].subnets[workload].addressPrefix");

    assertThat(problem.render()).isEqualTo("a.yaml:9:24: error: virtualNetworks[spoke].subnets[workload].addressPrefix:"
        + " subnet prefix 10.2.1.0/24 is not inside 10.1.0.0/16 [subnet-outside-vnet]" + NL
        + "  fix: choose a prefix inside 10.1.0.0/16");
    assertThat(problem).hasToString(problem.render());
  }

  @Test
  void leavesOutWhatIsNotKnown() {
    assertThat(Problem.warning("w", "", "message", "").render()).isEqualTo("warning: message [w]");
    assertThat(Problem.error("e", "", "message", "fix it").located(SourceLocation.ofFile("a.json"), "").render())
        .isEqualTo("a.json: error: message [e]" + NL + "  fix: fix it");
  }

  @Test
  void severityAndLocationAccessors() {
    Problem error = Problem.error("e", "/a", "m", "f");
    Problem warning = Problem.warning("w", "/a", "m", "f");

    assertThat(error.isError()).isTrue();
    assertThat(warning.isError()).isFalse();
    assertThat(error.location()).isNull();
    assertThat(error.path()).isEmpty();
    assertThat(Severity.WARNING.label()).isEqualTo("warning");
  }

  @Test
  void equalityIsByValue() {
    Problem a = Problem.error("e", "/a", "m", "f").located(new SourceLocation("x", 1, 2), "a");
    Problem b = Problem.error("e", "/a", "m", "f").located(new SourceLocation("x", 1, 2), "a");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Problem.error("e", "/a", "m", "f"));
    assertThat(a).isNotEqualTo(Problem.warning("e", "/a", "m", "f").located(new SourceLocation("x", 1, 2), "a"));
  }

  @Test
  void rejectsMissingFields() {
    assertThatNullPointerException().isThrownBy(() -> Problem.error(null, "", "m", "f")).withMessage("code");
    assertThatNullPointerException().isThrownBy(() -> Problem.error("c", "", "m", null)).withMessage("fix");
    assertThatNullPointerException()
        .isThrownBy(() -> new Problem(null, "c", "", "m", "f", null, "")).withMessage("severity");
  }
}
