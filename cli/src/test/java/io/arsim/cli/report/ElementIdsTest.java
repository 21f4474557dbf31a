package io.arsim.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElementIdsTest {

  @Test
  void aPlainNameIsItsOwnId() {
    assertThat(ElementIds.of("node", "nva1")).isEqualTo("node-nva1");
  }

  @Test
  void otherNamesGetAReadablePartAndAStableChecksum() {
    String id = ElementIds.of("node", "rs-hub1/IN_0");
    assertThat(id).matches("node-rs-hub1-in-0-[0-9a-f]{8}").isEqualTo(ElementIds.of("node", "rs-hub1/IN_0"));
    assertThat(ElementIds.of("node", "nva 1")).isNotEqualTo(ElementIds.of("node", "nva-1"))
        .isNotEqualTo(ElementIds.of("node", "NVA-1"));
    assertThat(ElementIds.of("nic", "<script>\"'&")).matches("nic-script-[0-9a-f]{8}");
    assertThat(ElementIds.of("nic", "日本")).matches("nic-[0-9a-f]{8}");
  }
}
