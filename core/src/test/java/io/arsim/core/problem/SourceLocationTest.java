package io.arsim.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLocationTest {

  @Test
  void rendersFileLineAndColumnLikeCompilers() {
    assertThat(new SourceLocation("examples/a.yaml", 12, 7)).hasToString("examples/a.yaml:12:7");
  }

  @Test
  void leavesOutUnknownLineAndColumn() {
    assertThat(SourceLocation.ofFile("a.yaml")).hasToString("a.yaml");
    assertThat(new SourceLocation("a.yaml", 3, 0)).hasToString("a.yaml:3");
    assertThat(new SourceLocation("a.yaml", 0, 5)).hasToString("a.yaml");
  }

  @Test
  void equalityIsByValue() {
    assertThat(new SourceLocation("a", 1, 2)).isEqualTo(new SourceLocation("a", 1, 2))
        .hasSameHashCodeAs(new SourceLocation("a", 1, 2))
        .isNotEqualTo(new SourceLocation("a", 1, 3))
        .isNotEqualTo(new SourceLocation("b", 1, 2));
  }
}
