package io.arsim.core.topology.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.TopologyException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what they seem, and documents built to exhaust a parser: each is refused
 * with one problem, in words, at the place it is about, within the {@link ReadLimits}.
 */
class HostileInputTest {
  private static final String VALID = "name: x\n";
  private final TopologyReader reader = new TopologyReader();

  @TempDir Path dir;

  private static Problem onlyProblem(Runnable read) {
    TopologyException e = catchThrowableOfType(TopologyException.class, read::run);
    assertThat(e).as("a TopologyException").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  private Problem readText(String name, String text) {
    TopologyFormat format = TopologyFormat.ofFileName(name).orElseThrow();
    return onlyProblem(() -> reader.read(name, format, text));
  }

  // ---------------------------------------------------------------- files that are not files

  @Test
  void aFolderIsRefusedWithoutReadingIt() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("design.yaml"));
    Problem problem = onlyProblem(() -> reader.read(folder));
    assertThat(problem.code()).isEqualTo("not-a-file");
    assertThat(problem.message()).isEqualTo("this is a folder, not a topology file");
    assertThat(problem.location()).isEqualTo(SourceLocation.ofFile(folder.toString()));
  }

  @Test
  void aLinkToADeviceOrAFolderIsRefused() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a POSIX system with /dev/zero");
    Path endless = Files.createSymbolicLink(dir.resolve("endless.yaml"), Path.of("/dev/zero"));
    assertThat(onlyProblem(() -> reader.read(endless)).code()).isEqualTo("not-a-file");
    Path toFolder = Files.createSymbolicLink(dir.resolve("folder.json"), Files.createDirectory(dir.resolve("f")));
    assertThat(onlyProblem(() -> reader.read(toFolder)).code()).isEqualTo("not-a-file");
  }

  @Test
  void aNamedPipeIsRefusedWithoutOpeningIt() throws IOException, InterruptedException {
    Path pipe = dir.resolve("pipe.yaml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo made a pipe");
    // Opening a pipe without a writer blocks forever: the reader must not open it.
    Problem problem = onlyProblem(() -> reader.read(pipe));
    assertThat(problem.code()).isEqualTo("not-a-file");
    assertThat(problem.message()).contains("named pipe");
  }

  @Test
  void aLinkThatLeadsNowhereIsNamedAsSuch() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("missing.yaml"));
    Problem problem = onlyProblem(() -> reader.read(link));
    assertThat(problem.code()).isEqualTo("file-not-found");
    assertThat(problem.message()).isEqualTo("the link leads to no file");
  }

  @Test
  void theSizeIsCheckedBeforeReading() throws IOException {
    // An 8 GiB sparse file takes no disk space and no time to make; reading it would take minutes
    // and more memory than the test has.
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(8L << 30);
    }
    Problem problem = onlyProblem(() -> reader.read(huge));
    assertThat(problem.code()).isEqualTo("file-too-large");
    assertThat(problem.message()).isEqualTo("the file is 8192 MiB (8,589,934,592 bytes); arsim reads at most"
        + " 16 MiB (16,777,216 bytes) per topology file");
    assertThat(problem.fix()).contains("--max-input-size");
  }

  @Test
  void theSizeLimitIsSettableForFilesAndText() throws IOException {
    Path file = Files.writeString(dir.resolve("d.yaml"), VALID + "description: " + "x".repeat(200) + "\n");
    TopologyReader small = reader.withLimits(ReadLimits.defaults().withMaxInputBytes(100));
    assertThat(small.limits().maxInputBytes()).isEqualTo(100);
    assertThat(onlyProblem(() -> small.read(file)).code()).isEqualTo("file-too-large");
    assertThat(onlyProblem(() -> small.read("t.json", TopologyFormat.JSON, "{\"name\": \"" + "é".repeat(60) + "\"}"))
        .code()).as("UTF-8 bytes count, not characters").isEqualTo("file-too-large");
    assertThat(new TopologyReader().read(file).topology().name()).isEqualTo("x");
  }

  @Test
  void unreadableFilesAreDescribedInWords() {
    assertThat(TopologyReader.unreadable("d.yaml", new AccessDeniedException("d.yaml")).message())
        .isEqualTo("cannot read d.yaml: permission denied");
    assertThat(TopologyReader.unreadable("d.yaml", new FileSystemException("d.yaml", null,
        "Too many levels of symbolic links")).message())
        .isEqualTo("cannot read d.yaml: too many levels of symbolic links");
    assertThat(TopologyReader.unreadable("d.yaml", new IOException()).message())
        .isEqualTo("cannot read d.yaml: the system gave no reason");
  }

  @Test
  void textThatIsNotUtf8IsLocated() throws IOException {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, "name: x\ndescription: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Problem problem = onlyProblem(() -> reader.read(latin1));
    assertThat(problem.code()).isEqualTo("not-utf8");
    assertThat(problem.location()).isEqualTo(new SourceLocation(latin1.toString(), 2, 17));
    assertThat(problem.message()).isEqualTo("the file is not valid UTF-8 text: byte 0xE9 here is not part of a"
        + " UTF-8 character");
    Path utf16 = dir.resolve("utf16.yaml");
    Files.write(utf16, "\uFEFFname: x\n".getBytes(StandardCharsets.UTF_16LE));
    assertThat(onlyProblem(() -> reader.read(utf16)).message()).isEqualTo("the file is UTF-16 text; arsim reads UTF-8");
  }

  // ---------------------------------------------------------------- locations that lie

  @Test
  void aNulDeepInTheFileIsReportedWhereItIs() {
    Problem yaml = readText("d.yaml", "name: x\ndescription: one\nvirtualNetworks:\n  - name: a\u0000b\n");
    assertThat(yaml.code()).isEqualTo("invalid-character");
    assertThat(yaml.location()).isEqualTo(new SourceLocation("d.yaml", 4, 12));
    assertThat(yaml.message()).isEqualTo("the file holds the character U+0000 (NUL), which YAML does not allow anywhere");
    Problem json = readText("d.json", "{\n  \"name\": \"x\",\r\n  \"description\": \"ab\u0007\"\n}");
    assertThat(json.location()).isEqualTo(new SourceLocation("d.json", 3, 21));
    assertThat(json.message()).contains("U+0007 (a control character)");
  }

  @Test
  void aJsonFileWithAByteOrderMarkReadsLikeOneWithout() {
    String json = "{\n  \"name\": \"x\",\n  \"virtualNetworks\": 5\n}\n";
    Problem withBom = readText("d.json", "\uFEFF" + json);
    Problem without = readText("d.json", json);
    assertThat(withBom).isEqualTo(without);
    assertThat(withBom.code()).isEqualTo("wrong-type");
    assertThat(withBom.location()).isEqualTo(new SourceLocation("d.json", 3, 22));
    assertThat(reader.read("d.json", TopologyFormat.JSON, "\uFEFF{\"name\": \"x\"}").topology().name()).isEqualTo("x");
    assertThat(readText("d.yaml", "\uFEFFname: x\nvirtualNetworks: 5\n").location())
        .isEqualTo(new SourceLocation("d.yaml", 2, 18));
  }

  // ---------------------------------------------------------------- YAML aliases

  @Test
  void legalAliasesWork() {
    String yaml = """
        name: &design aliases
        description: *design
        virtualNetworks:
          - name: a
            location: &region westeurope
            addressSpace: &space [10.0.0.0/16]
          - name: b
            location: *region
            addressSpace: [10.1.0.0/16]
            subnets:
              - &subnet {name: s, addressPrefix: 10.1.0.0/24}
        routeTables:
          - &table
            name: t1
            disableBgpRoutePropagation: true
          - <<: *table
            name: t2
        """;
    LoadedTopology loaded = reader.read("a.yaml", TopologyFormat.YAML, yaml);
    assertThat(loaded.topology().description()).isEqualTo("aliases");
    assertThat(loaded.topology().virtualNetworks().get(1).location()).isEqualTo("westeurope");
    assertThat(loaded.topology().routeTables()).extracting(t -> t.name() + " " + t.disableBgpRoutePropagation())
        .containsExactly("t1 true", "t2 true");
  }

  @Test
  void aValueInsideAnAliasIsReportedAtTheAlias() {
    String yaml = """
        name: copies
        virtualNetworks:
          - {name: a, location: westeurope, addressSpace: &space [10.0.0.1/16]}
          - name: b
            location: westeurope
            addressSpace: *space
        """;
    TopologyException e = catchThrowableOfType(TopologyException.class,
        () -> reader.read("c.yaml", TopologyFormat.YAML, yaml));
    assertThat(e.problems()).extracting(p -> p.code() + " " + p.location().line() + ":" + p.location().column()
            + " " + p.path())
        .containsExactly("invalid-value 3:59 virtualNetworks[a].addressSpace[0]",
            "invalid-value 6:19 virtualNetworks[b].addressSpace[0]");
  }

  @Test
  void aliasesThatMultiplyAreStopped() {
    StringBuilder laughs = new StringBuilder("name: x\ndescription: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String previous = "a";
    for (String level : List.of("b", "c", "d", "e", "f", "g")) {
      laughs.append(level).append(": &").append(level).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
      previous = level;
    }
    Problem problem = readText("l.yaml", laughs.toString());
    assertThat(problem.code()).isEqualTo("too-many-aliases");
    assertThat(problem.location().line()).isBetween(3, 8);
    StringBuilder many = new StringBuilder("name: x\nlist: &l [1]\n");
    for (int i = 0; i < ReadLimits.DEFAULT_MAX_ALIASES + 1; i++) {
      many.append("k").append(i).append(": *l\n");
    }
    Problem tooMany = readText("m.yaml", many.toString());
    assertThat(tooMany.message()).isEqualTo("the file uses more than 50 aliases to lists and objects (*name)");
    assertThat(tooMany.location().line()).isEqualTo(3 + ReadLimits.DEFAULT_MAX_ALIASES);
  }

  @Test
  void badAliasesAreSyntaxErrorsInWords() {
    Problem unknown = readText("u.yaml", "name: x\ndescription: *nothing\n");
    assertThat(unknown.message()).isEqualTo("the alias *nothing refers to no anchor &nothing before it");
    assertThat(unknown.location()).isEqualTo(new SourceLocation("u.yaml", 2, 14));
    Problem recursive = readText("r.yaml", "name: x\ndescription: &self [a, *self]\n");
    assertThat(recursive.message()).contains("stands for the list or object it is part of");
  }

  // ---------------------------------------------------------------- parser limits

  @Test
  void nestingDeeperThanTheLimitIsLocated() {
    String deep = "[".repeat(200) + "]".repeat(200);
    Problem json = readText("d.json", "{\"name\": \"x\", \"description\": " + deep + "}");
    assertThat(json.code()).isEqualTo("nesting-too-deep");
    assertThat(json.message()).isEqualTo("objects and lists are nested more than 100 levels deep here");
    assertThat(json.location().column()).isGreaterThan(30);
    assertThat(readText("d.yaml", "name: x\ndescription: " + deep + "\n").location().line()).isEqualTo(2);
  }

  @Test
  void overlongValuesAndNumbersAreRefused() {
    ReadLimits limits = new ReadLimits(ReadLimits.DEFAULT_MAX_INPUT_BYTES, 100, 1000, 20, 50, 100_000);
    TopologyReader strict = reader.withLimits(limits);
    for (String name : List.of("v.yaml", "v.json")) {
      TopologyFormat format = TopologyFormat.ofFileName(name).orElseThrow();
      String text = format == TopologyFormat.YAML ? "name: x\ndescription: " + "y".repeat(1001) + "\n"
          : "{\"name\": \"x\", \"description\": \"" + "y".repeat(1001) + "\"}";
      Problem value = onlyProblem(() -> strict.read(name, format, text));
      assertThat(value.code()).as(name).isEqualTo("value-too-long");
      assertThat(value.message()).isEqualTo("a value or key of more than 1,000 characters starts here");
      String number = format == TopologyFormat.YAML ? "name: x\nvirtualNetworks: " + "9".repeat(21) + "\n"
          : "{\"name\": \"x\", \"virtualNetworks\": " + "9".repeat(21) + "}";
      assertThat(onlyProblem(() -> strict.read(name, format, number)).message()).as(name)
          .isEqualTo("a number of more than 20 digits starts here");
    }
  }

  @Test
  void aSecondDocumentIsRefusedInWords() {
    Problem yaml = readText("m.yaml", "name: x\n---\nname: y\n");
    assertThat(yaml.message()).isEqualTo("the file holds a second YAML document here; a topology file holds one design");
    assertThat(yaml.location()).isEqualTo(new SourceLocation("m.yaml", 3, 1));
    Problem json = readText("m.json", "{\"name\": \"x\"}\n{\"name\": \"y\"}\n");
    assertThat(json.message()).doesNotContain("Trailing token").contains("more text follows");
  }

  @Test
  void limitsAreValidatedAndSizesParsed() {
    assertThat(ReadLimits.parseSize("16M")).isEqualTo(16L << 20);
    assertThat(ReadLimits.parseSize("512k")).isEqualTo(512L << 10);
    assertThat(ReadLimits.parseSize("1GiB")).isEqualTo(1L << 30);
    assertThat(ReadLimits.parseSize("2000000")).isEqualTo(2_000_000);
    for (String bad : List.of("", "M", "-1", "1.5M", "2G", "16 MB x", "0")) {
      assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> ReadLimits.parseSize(bad)))
          .as(bad).isNotNull();
    }
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> ReadLimits.defaults().withMaxInputBytes(0)).getMessage())
        .isEqualTo("the input size limit must be 1 byte to 1 GiB, not 0 bytes");
  }
}
