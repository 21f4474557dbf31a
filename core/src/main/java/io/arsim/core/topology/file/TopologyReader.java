package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.validation.TopologyValidator;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a topology file strictly and validates it. Every problem is reported at once with
 * {@code file:line:column}, the offending value, what was expected and how to fix it; a file with
 * errors raises {@link TopologyException}, warnings come back with the topology.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TopologyReader {
  private static final Logger LOG = LoggerFactory.getLogger(TopologyReader.class);
  private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

  private final List<ExtensionKind<?>> kinds;
  private final TopologyValidator validator;

  /** A reader that knows only the core sections. */
  public TopologyReader() {
    this(List.of());
  }

  /** A reader that also binds and validates the given extension kinds. */
  public TopologyReader(List<? extends ExtensionKind<?>> kinds) {
    this.kinds = List.copyOf(kinds);
    this.validator = new TopologyValidator(this.kinds);
  }

  /**
   * Reads and validates {@code file}; its format comes from the extension (.yaml, .yml, .json).
   *
   * @throws TopologyException listing every problem, when there is at least one error
   */
  public LoadedTopology read(Path file) {
    String name = file.toString();
    TopologyFormat format = TopologyFormat.ofFileName(name).orElseThrow(() -> fail(name, Problem.error(
        "unknown-format", "", "cannot tell the format of \"" + name + "\" from its extension",
        "name topology files *.yaml, *.yml or *.json")));
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw fail(name, Problem.error("file-not-found", "", "no such file", "check the path; examples live in examples/"));
    } catch (MalformedInputException e) {
      throw fail(name, Problem.error("not-utf8", "", "the file is not valid UTF-8 text", "save it as UTF-8"));
    } catch (IOException e) {
      throw fail(name, Problem.error("unreadable", "", "cannot read the file: " + e, "check the path and permissions"));
    }
    return read(name, format, content);
  }

  /**
   * Reads and validates a document held in memory.
   *
   * @param fileName the name used in messages
   * @throws TopologyException listing every problem, when there is at least one error
   */
  public LoadedTopology read(String fileName, TopologyFormat format, String content) {
    LOG.debug("reading {} as {}", fileName, format);
    if (content.isBlank()) {
      throw fail(fileName, Problem.error("empty-file", "", "the file is empty",
          "a topology needs at least `name`; see docs/topology.md or run `arsim schema`"));
    }
    ObjectMapper mapper = TopologyJson.mapper(format, kinds);
    LocationIndex index;
    try {
      index = LocationIndex.build(fileName, mapper.createParser(content));
    } catch (IOException e) {
      index = LocationIndex.empty(fileName);
    }
    ReadProblems collected = new ReadProblems();
    JsonNode tree;
    try {
      tree = mapper.readTree(content);
    } catch (JsonProcessingException e) {
      throw new TopologyException(fileName, locateAll(index, List.of(syntax(e, fileName))), e);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw fail(fileName, Problem.error("empty-file", "", "the document holds no topology",
          "a topology needs at least `name`; see docs/topology.md or run `arsim schema`"));
    }
    if (!tree.isObject()) {
      throw new TopologyException(fileName, locateAll(index, List.of(Problem.error("wrong-type", "",
          "expected the document to be an object with `name`, `virtualNetworks`, ..., found "
              + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
          "start the file with `name: my-design`"))));
    }
    Map<String, ExtensionKind<?>> byKind = new TreeMap<>();
    kinds.forEach(k -> byKind.put(k.kind(), k));
    new StructureCheck(byKind, collected::add).check(tree, Topology.class, "");
    Topology topology = null;
    Problem fatal = null;
    Throwable cause = null;
    try (JsonParser parser = mapper.treeAsTokens(tree)) {
      topology = mapper.readerFor(Topology.class)
          .withAttribute(ReadProblems.KEY, collected)
          .readValue(parser);
    } catch (JsonProcessingException e) {
      fatal = translate(e);
      cause = e;
    } catch (IOException e) {
      fatal = Problem.error("unreadable", "", "cannot read the document: " + e.getMessage(), "");
      cause = e;
    }
    List<Problem> problems = new ArrayList<>(collected.all());
    if (fatal != null) {
      String at = fatal.pointer();
      boolean consequence = fatal.code().equals("missing-property") || problems.stream().anyMatch(p ->
          !p.pointer().isEmpty() && (at.equals(p.pointer()) || at.startsWith(p.pointer() + "/")
              || p.pointer().startsWith(at + "/")));
      if (problems.isEmpty() || !consequence) {
        problems.add(fatal);
      }
    }
    if (topology != null && problems.isEmpty()) {
      LegacyPolicies.Result legacy = LegacyPolicies.apply(topology);
      topology = legacy.topology();
      problems.addAll(legacy.problems());
      if (problems.stream().noneMatch(Problem::isError)) {
        problems.addAll(validator.validate(topology));
      }
    }
    List<Problem> located = locateAll(index, problems);
    if (located.stream().anyMatch(Problem::isError) || topology == null) {
      throw cause == null ? new TopologyException(fileName, located) : new TopologyException(fileName, located, cause);
    }
    return new LoadedTopology(fileName, topology, located, index);
  }

  private static List<Problem> locateAll(LocationIndex index, List<Problem> problems) {
    List<Problem> located = new ArrayList<>();
    for (Problem problem : problems) {
      located.add(problem.location() != null
          ? problem.located(problem.location(), index.describe(problem.pointer()))
          : index.locate(problem));
    }
    located.sort(Comparator.comparingInt((Problem p) -> p.location().line())
        .thenComparingInt(p -> p.location().column()));
    return located;
  }

  private static Problem translate(JsonProcessingException e) {
    String pointer = e instanceof JsonMappingException m ? LocationIndex.pointerOf(m) : "";
    String original = e.getOriginalMessage();
    Matcher missing = MISSING.matcher(original);
    if (e instanceof MismatchedInputException && missing.find()) {
      String property = missing.group(1);
      return Problem.error("missing-property", pointer.endsWith("/" + property)
              ? pointer.substring(0, pointer.length() - property.length() - 1) : pointer,
          "required property `" + property + "` is missing",
          "add `" + property + "`; docs/topology.md says what it holds");
    }
    if (e instanceof ValueInstantiationException) {
      Throwable root = e.getCause() == null ? e : e.getCause();
      return Problem.error("invalid-value", pointer, String.valueOf(root.getMessage()), "see docs/topology.md");
    }
    return Problem.error("wrong-type", pointer, original.replaceAll(" \\(for .*", "").replace("\n", " "),
        "see docs/topology.md");
  }

  /** A syntax error, with the parser's own position and its message without the YAML excerpt. */
  private static Problem syntax(JsonProcessingException e, String fileName) {
    List<String> lines = new ArrayList<>();
    for (String line : e.getOriginalMessage().split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.equals("^") || t.startsWith("in 'reader'") || t.startsWith("at [Source")) {
        continue;
      }
      if (lines.size() < 3 && !lines.contains(t)) {
        lines.add(t);
      }
    }
    Problem problem = Problem.error("syntax-error", "", "the file is not well-formed "
            + (fileName.endsWith(".json") ? "JSON" : "YAML") + ": " + String.join("; ", lines),
        "fix the syntax at this position (check indentation, brackets, quotes and colons)");
    if (e.getLocation() == null) {
      return problem;
    }
    return problem.located(new SourceLocation(fileName, e.getLocation().getLineNr(),
        e.getLocation().getColumnNr()), "");
  }

  private static TopologyException fail(String file, Problem problem) {
    return new TopologyException(file, List.of(problem.located(SourceLocation.ofFile(file), "")));
  }
}
