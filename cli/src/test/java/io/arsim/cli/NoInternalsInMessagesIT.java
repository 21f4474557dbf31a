package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message arsim prints for bad input is in words: no Java, Jackson or SnakeYAML class names,
 * no exception names, no parser setting names, no bare "null". Runs {@code validate} on the whole
 * invalid corpus (examples/invalid) and on hostile inputs made here (files that are not files,
 * control characters, byte-order marks, runaway nesting, multiplying aliases, oversized files,
 * policy configs of the wrong shape), and a few command-line mistakes.
 */
class NoInternalsInMessagesIT {
  /** Java-ish names: a package path, an exception or error class, Jackson's settings and words. */
  static final Pattern INTERNALS = Pattern.compile(
      "\\b(?:java|javax|jdk|sun|com\\.fasterxml|org\\.yaml|org\\.snakeyaml|io\\.arsim)\\.[a-zA-Z]"
          + "|\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b"
          + "|StreamReadConstraints|DeserializationFeature|MapperFeature|CoercionConfig|\\bcoerc"
          + "|Cannot (?:construct|deserialize|coerce) |`[a-z]+(?:\\.[a-z]+)+\\.[A-Z]\\w*`"
          + "|\\b(?:START_OBJECT|END_OBJECT|START_ARRAY|END_ARRAY|FIELD_NAME|VALUE_[A-Z_]+)\\b"
          + "|(?:^|: )null$"
          + "|\\(code \\d+\\)|CTRL-CHAR");
  /** The one Java name users must see: the services file a plugin jar declares its providers in. */
  static final String SERVICES = "META-INF/services/io.arsim.policy.spi.PolicyProvider";

  @TempDir static Path hostile;

  /** Every Java-ish name in {@code output}, one per finding, with its line. */
  static List<String> internals(String output) {
    List<String> found = new ArrayList<>();
    for (String line : output.replace(SERVICES, "META-INF/services/(the provider file)").split("\\R")) {
      Matcher m = INTERNALS.matcher(line.strip());
      if (m.find()) {
        found.add(m.group() + "  in: " + line.strip());
      }
    }
    return found;
  }

  private static Map<String, String> hostileFiles() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("nul.yaml", "name: x\ndescription: a\u0000b\n");
    files.put("bell.json", "{\"name\": \"x\", \"description\": \"a\u0007b\"}");
    files.put("bom-error.json", "\uFEFF{\"name\": \"x\", \"virtualNetworks\": 5}");
    files.put("deep.yaml", "name: x\ndescription: " + "[".repeat(500) + "]".repeat(500) + "\n");
    files.put("long-number.json", "{\"name\": \"x\", \"virtualNetworks\": " + "9".repeat(2000) + "}");
    files.put("recursive-alias.yaml", "name: x\ndescription: &a [*a]\n");
    files.put("trailing.json", "{\"name\": \"x\"} {\"name\": \"y\"}");
    files.put("list-alias.yaml", "name: &n x\nvirtualNetworks: &v []\nrouteTables: *v\ndescription: *n\n"
        + "virtualMachines: *n\n");
    files.put("wrong-types.yaml", "name: x\nvirtualNetworks: {a: 1}\nrouteTables: [1, [2]]\nrouteServers: yes\n");
    files.put("policy-shapes.yaml", """
        name: x
        policies:
          - {name: a, type: as-path-prepend, config: {count: [1]}}
          - {name: b, type: allowas-in, config: {origin: "yes"}}
          - {name: c, type: route-filter, config: {entries: {action: permit}}}
          - {name: d, type: route-filter, config: {entries: [{action: 5}]}}
          - {name: e, type: local-preference, config: {value: 1.5}}
          - {name: f, type: community, config: {add: no-export}}
          - {name: g, type: med, config: {value: -1}}
          - {name: h, type: next-hop, config: {address: {}}}
          - {name: i, type: maximum-prefix, config: {}}
          - {name: j, type: route-filter, config: {entries: [{action: permit, asPathRegex: "(("}]}}
        """);
    files.put("top-level-list.json", "[1, 2]");
    files.put("utf16.yaml", "");
    return files;
  }

  @TestFactory
  Stream<DynamicTest> noMessageNamesJavaInternals() throws IOException, InterruptedException {
    List<DynamicTest> tests = new ArrayList<>();
    Path root = ExampleFiles.root();
    for (Path file : ExampleFiles.topologies(root.resolve("examples/invalid"))) {
      String relative = ExampleFiles.relative(root, file);
      tests.add(DynamicTest.dynamicTest(relative, () -> {
        ExampleFiles.Run run = ExampleFiles.validate(relative);
        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(internals(run.out() + run.err())).as(relative).isEmpty();
      }));
    }
    for (Map.Entry<String, String> entry : hostileFiles().entrySet()) {
      Path file = hostile.resolve(entry.getKey());
      if (entry.getKey().equals("utf16.yaml")) {
        Files.write(file, "\uFEFFname: x\n".getBytes(StandardCharsets.UTF_16LE));
      } else {
        Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
      }
      tests.add(validates(file.toString(), file.toString()));
    }
    tests.add(validates("a folder", Files.createDirectories(hostile.resolve("folder.yaml")).toString()));
    Path huge = hostile.resolve("huge.json");
    try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(1L << 30);
    }
    tests.add(validates("a 1 GiB file", huge.toString()));
    if (Files.exists(Path.of("/dev/zero"))) {
      tests.add(validates("a link to /dev/zero",
          Files.createSymbolicLink(hostile.resolve("zero.yaml"), Path.of("/dev/zero")).toString()));
    }
    Path pipe = hostile.resolve("pipe.yaml");
    if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0) {
      tests.add(validates("a named pipe", pipe.toString()));
    }
    tests.add(validates("a file that does not exist", hostile.resolve("missing.yaml").toString()));
    Path brace = Files.writeString(hostile.resolve("brace.json"), "{\"a\": }");
    Path nul = Files.writeString(hostile.resolve("nul.json"), "\u0000");
    for (Path bad : List.of(brace, nul)) {
      for (String kind : List.of("arm", "az", "terraform")) {
        tests.add(DynamicTest.dynamicTest("arsim import " + kind + " " + bad.getFileName(), () -> {
          Result result = CliRun.run("import", kind, bad.toString());
          assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.BAD_INPUT);
          assertThat(result.err()).contains("[syntax-error]");
          assertThat(internals(result.out() + result.err())).as(result.err()).isEmpty();
        }));
      }
      tests.add(DynamicTest.dynamicTest("arsim import arm --parameters " + bad.getFileName(), () -> {
        Result result = CliRun.run("import", "arm", "examples/import/hub-spoke.json", "--parameters", bad.toString());
        assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(internals(result.out() + result.err())).as(result.err()).isEmpty();
      }));
    }
    tests.add(validates("a file with an unknown extension", hostile.resolve("design.txt").toString()));
    String s1 = "examples/s1-dual-homed-active-active.yaml";
    for (String[] mistake : new String[][] {
        {"simulate", s1, "--threads", "99999"},
        {"routes", s1, "--route-server", "rs-spoke", "--peer", "nva1", "--learned", "--instance", "7"},
        {"schema", "--output-file", hostile.toString()},
        {"--plugins", hostile.resolve("no-such-folder").toString(), "plugins"},
        {"--prefer-plugin", "nonsense", "plugins"},
        {"validate", s1, "--max-input-size", "100"},
        {"explain", s1, "--at", "nva9", "--prefix", "10.0.0.0/8"}}) {
      tests.add(DynamicTest.dynamicTest("arsim " + String.join(" ", mistake), () -> {
        Result result = CliRun.run(mistake);
        assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(internals(result.out() + result.err())).isEmpty();
      }));
    }
    return tests.stream();
  }

  @org.junit.jupiter.api.Test
  void theScanFindsWhatTheIssueSaw() {
    for (String leak : List.of("d.yaml:3:5: error: Cannot construct instance of `java.util.ArrayList` (no String-argument",
        "d.yaml: error: cannot read the file: java.nio.file.AccessDeniedException: d.yaml [unreadable]",
        "policy failed: AccessDeniedException", "depth (1001) exceeds (1000, from `StreamReadConstraints.getMaxNestingDepth()`)",
        "Cannot coerce String value (\"2\") to `int` value", "d.yaml:1:1: error: policies[a].config: null",
        "type `io.arsim.policy.builtin.routefilter.RouteFilterConfig$Action` from String",
        "expected an IPv4 address like 10.1.0.100, found START_OBJECT",
        "t.json:1:10: error: the file is not well-formed JSON: Unexpected character ('}' (code 125)): was expecting"
            + " double-quote to start field name",
        "t.json:1:1: error: the file is not well-formed JSON: Illegal character ((CTRL-CHAR, code 0))")) {
      assertThat(internals(leak)).as(leak).isNotEmpty();
    }
    assertThat(internals("d.yaml:2:7: error: virtualNetworks: expected a list, found null [wrong-type]\n"
        + "  - plugin jar /p/x.jar declares no policy provider: it has no " + SERVICES)).isEmpty();
  }

  private static DynamicTest validates(String name, String file) {
    return DynamicTest.dynamicTest("validate " + name, () -> {
      Result result = CliRun.run("validate", file);
      assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(result.err()).doesNotContain("internal error");
      assertThat(internals(result.out() + result.err())).as(result.err()).isEmpty();
    });
  }
}
