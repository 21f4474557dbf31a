package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every arsim command that README.md and docs/*.md show (shell lines {@code ./arsim ...} or
 * {@code $ ./arsim ...}, and the {@code arsim ...} examples of the generated command reference), so
 * a command that stops working breaks the build. {@code < FILE} becomes standard input; files named
 * by {@code -O} are written to a scratch folder. Files a reader creates while following a page
 * (my-spoke.yaml in getting-started) are skipped, and so is {@code arsim serve}, which runs until
 * stopped ({@code io.arsim.serve.interop.ServeCommandIT} runs it with FRR).
 */
class DocsCommandsIT {
  private static final Pattern SHELL = Pattern.compile("^(?:\\$ )?\\./arsim (.+)$");
  private static final Pattern EXAMPLE = Pattern.compile("^  arsim (.+)$");
  private static final Set<String> READER_FILES = Set.of("my-spoke.yaml");

  @TempDir static Path scratch;

  @TestFactory
  Stream<DynamicTest> everyDocumentedCommandRuns() throws IOException {
    Path root = SchemaCommandTest.repositoryRoot();
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    try (DirectoryStream<Path> docs = Files.newDirectoryStream(root.resolve("docs"), "*.md")) {
      docs.forEach(pages::add);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages.stream().sorted().toList()) {
      List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher shell = SHELL.matcher(line.strip().startsWith("$ ") ? line.strip() : line);
        Matcher example = EXAMPLE.matcher(line);
        String command = shell.matches() ? shell.group(1) : example.matches() ? example.group(1) : null;
        if (command == null) {
          continue;
        }
        for (int next = i + 1; command.endsWith("\\") && next < lines.size(); next++) {
          command = command.substring(0, command.length() - 1).strip() + " " + lines.get(next).strip();
        }
        int comment = command.indexOf(" #");
        String shown = (comment >= 0 ? command.substring(0, comment) : command).strip();
        String where = root.relativize(page) + ":" + (i + 1);
        if (READER_FILES.stream().anyMatch(shown::contains) || shown.contains("ARSIM_REBUILD") || shown.contains("...")) {
          continue;
        }
        if (shown.startsWith("serve ")) {
          continue; // runs until stopped, with real routers: ServeCommandIT runs it against FRR
        }
        tests.add(DynamicTest.dynamicTest(where + ": arsim " + shown, () -> check(root, shown)));
      }
    }
    assertThat(tests).as("commands found in the docs").hasSizeGreaterThan(20);
    return tests.stream();
  }

  private static void check(Path root, String command) throws IOException {
    List<String> args = new ArrayList<>();
    byte[] stdin = new byte[0];
    String[] words = command.split("\\s+");
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      String previous = w == 0 ? "" : words[w - 1];
      if (word.equals("<") && w + 1 < words.length) {
        stdin = Files.readAllBytes(root.resolve(words[++w])); // `arsim ... - < FILE`: FILE is standard input
      } else if (previous.equals("-O") || previous.equals("--output-file")) {
        args.add(scratch.resolve(Path.of(word).getFileName()).toString()); // output files go to a scratch folder
      } else if (word.contains("*")) {
        String dir = word.substring(0, word.lastIndexOf('/'));
        String glob = word.substring(word.lastIndexOf('/') + 1);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root.resolve(dir), glob)) {
          files.forEach(f -> args.add(f.toString()));
        }
      } else if (word.startsWith("examples/") || word.startsWith("docs/")) {
        args.add(root.resolve(word).toString());
      } else if (word.matches("[\\w-]+=examples/.*")) {
        // NAME=FILE values (import's --nva-config nva1=examples/...)
        int eq = word.indexOf('=');
        args.add(word.substring(0, eq + 1) + root.resolve(word.substring(eq + 1)));
      } else if (word.equals("./plugins") || word.endsWith("/target")) {
        args.add(Files.createDirectories(scratch.resolve("plugins")).toString());
      } else if (word.endsWith(".schema.json")) {
        args.add(scratch.resolve(word).toString());
      } else {
        args.add(word);
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new java.io.ByteArrayInputStream(stdin), new PrintWriter(out),
        new PrintWriter(err));
    boolean expectsFailure = command.contains("invalid/");
    assertThat(err.toString()).as("arsim %s", command).doesNotContain("internal error");
    if (expectsFailure) {
      assertThat(code).as("exit code of arsim %s; stderr: %s", command, err).isIn(1, 2);
    } else if (command.contains("--strict") || command.contains("--fail-on-change") || command.startsWith("lint ")
        || command.startsWith("check ") || command.startsWith("compare ")) {
      // lint exits 1 when it finds errors, check when an intent is broken, compare on drift, which is what some
      // examples show.
      assertThat(code).as("exit code of arsim %s; stderr: %s", command, err).isIn(0, 1);
    } else {
      assertThat(code).as("exit code of arsim %s; stderr: %s", command, err).isZero();
    }
  }
}
