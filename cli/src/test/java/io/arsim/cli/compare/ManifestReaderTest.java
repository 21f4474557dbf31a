package io.arsim.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.cli.compare.CompareManifest.BgpFormat;
import io.arsim.cli.compare.CompareManifest.ObservedFile;
import io.arsim.cli.compare.CompareManifest.Shows;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.file.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** observed.yaml read strictly: every problem at its line, with the value, what was expected and the fix. */
class ManifestReaderTest {
  @TempDir Path dir;

  private final ManifestReader reader = new ManifestReader(ReadLimits.defaults());

  @BeforeEach
  void files() throws IOException {
    for (String name : new String[] {"learned.json", "nic.json", "nva1.json", "nva2.txt"}) {
      Files.writeString(dir.resolve(name), "{}");
    }
  }

  private LoadedManifest read(String yaml) throws IOException {
    Files.writeString(dir.resolve("observed.yaml"), yaml);
    return reader.read(dir);
  }

  private CompareInputException fails(String yaml) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read(yaml));
    assertThat(thrown).isInstanceOf(CompareInputException.class);
    return (CompareInputException) thrown;
  }

  @Test
  void readsEveryKindOfFile() throws IOException {
    LoadedManifest loaded = read("""
        design: s1
        files:
          - {file: learned.json, shows: learned-routes, routeServer: rs-spoke, peer: nva1, instance: 1}
          - {file: nic.json, shows: effective-routes, nic: vm-spoke-nic}
          - {file: nva1.json, shows: bgp-table, nva: nva1}
          - {file: nva2.txt, shows: bgp-table, nva: nva2, format: iosxe-text}
        """);
    assertThat(loaded.manifest().design()).isEqualTo("s1");
    assertThat(loaded.manifest().files()).containsExactly(
        new ObservedFile("learned.json", Shows.LEARNED_ROUTES, "rs-spoke", "nva1", null, 1, null, null, null, null),
        new ObservedFile("nic.json", Shows.EFFECTIVE_ROUTES, null, null, null, null, null, "vm-spoke-nic", null, null),
        new ObservedFile("nva1.json", Shows.BGP_TABLE, null, null, null, null, null, null, "nva1", null),
        new ObservedFile("nva2.txt", Shows.BGP_TABLE, null, null, null, null, null, null, "nva2", BgpFormat.IOSXE_TEXT));
    assertThat(loaded.manifest().files().get(0).subject()).isEqualTo("rs-spoke learned from nva1 (IN_1 only)");
  }

  @Test
  void reportsEveryProblemAtItsLineWithAFix() {
    CompareInputException e = fails("""
        files:
          - file: learned.json
            shows: learned-route
            routeServer: rs-spoke
          - file: nic.json
            shows: effective-routes
            vm: vm-spoke
            nic: vm-spoke-nic
          - file: missing.json
            shows: bgp-table
            nva: nva1
            instance: 0
            formt: frr-json
          - file: learned.json
            shows: advertised-routes
            routeServer: rs-spoke
            peer: nva1
            instance: 2
        """);
    String manifest = dir.resolve("observed.yaml").toString();
    assertThat(e.problems()).extracting(Problem::code).containsExactly("invalid-value", "conflicting-options",
        "file-not-found", "conflicting-options", "unknown-property", "duplicate-file", "invalid-value");
    assertThat(e.getMessage()).contains(
        manifest + ":3:12: error: files[0].shows: shows is \"learned-route\"; it is one of learned-routes,"
            + " advertised-routes, effective-routes, bgp-table, gateway-learned-routes [invalid-value]",
        "fix: did you mean \"learned-routes\"?",
        manifest + ":8:10: error: files[1].nic: an effective-routes file is of one NIC: give `vm` or `nic`, not both",
        manifest + ":9:11: error: files[2].file: no file \"missing.json\" in " + dir,
        "collect it with: vtysh -c 'show bgp ipv4 unicast json' (FRR) or show ip bgp (IOS-XE)",
        manifest + ":12:15: error: files[2].instance: a bgp-table file has no instance; it takes nva, format",
        manifest + ":13:5: error: files[2].formt: \"formt\" is not a property of a file entry",
        manifest + ":14:11: error: files[3].file: \"learned.json\" is listed twice",
        "fix: did you mean \"format\"?",
        manifest + ":18:15: error: files[3].instance: instance is 2; a route server or gateway has two instances, 0 and 1",
        ": cannot compare (7 errors; docs/compare.md describes the observed folder and its manifest)");
    // The learned-routes entry whose shows is misspelt cannot be checked further; nothing else is missed.
    assertThat(e.getMessage()).doesNotContain("Exception", "io.arsim");
  }

  @Test
  void requiredPropertiesOfEachKind() {
    CompareInputException e = fails("""
        files:
          - {file: learned.json, shows: learned-routes, routeServer: rs-spoke}
          - {file: nic.json, shows: effective-routes}
          - {file: nva1.json, shows: bgp-table}
          - {shows: bgp-table, nva: nva1}
        """);
    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "required property `peer` is missing",
        "an effective-routes file needs `vm` or `nic`",
        "required property `nva` is missing",
        "required property `file` is missing");
    assertThat(e.problems()).extracting(p -> p.location().line()).containsExactly(2, 3, 4, 5);
  }

  @Test
  void aFolderWithoutManifestOrNoFolderAtAll() throws IOException {
    assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(CompareInputException.class)
        .hasMessageContaining(dir.resolve("observed.yaml") + ": error: the folder has no observed.yaml [manifest-not-found]")
        .hasMessageContaining("see docs/compare.md");
    assertThatThrownBy(() -> reader.read(dir.resolve("nowhere"))).hasMessageContaining("no such folder");
    assertThatThrownBy(() -> reader.read(dir.resolve("nic.json")))
        .hasMessageContaining("--observed names a file; it names the folder that holds observed.yaml");
  }

  @Test
  void emptyOrMalformedManifests() {
    assertThat(fails("").getMessage()).contains("the file is empty", "write `files:`");
    assertThat(fails("files: []\n").problems()).extracting(Problem::message)
        .containsExactly("the list of files is empty");
    assertThat(fails("files:\n  - {file: nic.json, shows: [a]\n").problems()).hasSize(1);
    assertThat(fails("- a\n- b\n").problems()).extracting(Problem::message)
        .containsExactly("expected a mapping with `files` (and optionally `design`, `description`), found a list");
  }
}
