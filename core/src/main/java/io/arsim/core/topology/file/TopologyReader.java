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
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
  private static final com.fasterxml.jackson.databind.type.TypeFactory TYPES =
      com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance();
  private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

  private final List<ExtensionKind<?>> kinds;
  private final TopologyValidator validator;
  private final ReadLimits limits;

  /** A reader that knows only the core sections. */
  public TopologyReader() {
    this(List.of());
  }

  /** A reader that also binds and validates the given extension kinds. */
  public TopologyReader(List<? extends ExtensionKind<?>> kinds) {
    this(kinds, ReadLimits.defaults());
  }

  /**
   * A reader that also binds and validates the given extension kinds, within {@code limits}.
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public TopologyReader(List<? extends ExtensionKind<?>> kinds, ReadLimits limits) {
    this.kinds = List.copyOf(kinds);
    this.validator = new TopologyValidator(this.kinds);
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * This reader with other limits.
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public TopologyReader withLimits(ReadLimits limits) {
    return new TopologyReader(kinds, limits);
  }

  /**
   * The limits this reader enforces.
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads and validates {@code file}; its format comes from the extension (.yaml, .yml, .json).
   * Only regular files are read (a symbolic link to one is fine): a folder, a named pipe or a
   * device is refused without opening it, and a file larger than {@link ReadLimits#maxInputBytes()}
   * without reading it.
   *
   * @throws TopologyException listing every problem, when there is at least one error
   */
  public LoadedTopology read(Path file) {
    String name = file.toString();
    TopologyFormat format = TopologyFormat.ofFileName(name).orElseThrow(() -> fail(name, Problem.error(
        "unknown-format", "", "cannot tell the format of \"" + name + "\" from its extension",
        "name topology files *.yaml, *.yml or *.json")));
    return read(name, format, text(file, name));
  }

  /**
   * Reads and validates a design from a stream, such as standard input: at most
   * {@link ReadLimits#maxInputBytes()} of it, as strict UTF-8, in the format its text has
   * ({@link TopologyFormat#ofContent}). The stream is not closed.
   *
   * @param fileName the name used in messages, e.g. {@code <stdin>}
   * @throws TopologyException listing every problem, when there is at least one error
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public LoadedTopology read(String fileName, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) limits.maxInputBytes() + 1);
    } catch (IOException e) {
      throw fail(fileName, unreadable(fileName, e));
    }
    if (bytes.length > limits.maxInputBytes()) {
      throw new TopologyException(fileName, List.of(DocumentParser.tooLarge(fileName,
          "the input is larger than " + ReadLimits.describeSize(limits.maxInputBytes()), limits, bytes.length)));
    }
    String text = decode(fileName, bytes);
    return read(fileName, TopologyFormat.ofContent(text), text);
  }

  /** The file's text, after checking what it is and how large it is ({@link InputFiles}). */
  private String text(Path file, String name) {
    return InputFiles.readText(file, "topology file", limits.maxInputBytes());
  }

  /** Strict UTF-8; the first byte that is not UTF-8 is reported at its line and column. */
  private static String decode(String name, byte[] bytes) {
    return InputFiles.decode(name, bytes);
  }

  /** Why a file cannot be read, in words: "cannot read FILE: permission denied". */
  static Problem unreadable(String name, IOException e) {
    return InputFiles.unreadable(name, e);
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
    ParsedDocument document = DocumentParser.parse(fileName, format, content, limits);
    LocationIndex index = document.locations();
    ObjectMapper mapper = TopologyJson.mapper(format, kinds, limits);
    ReadProblems collected = new ReadProblems();
    JsonNode tree = document.root().orElse(null);
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
    new ArmSpellings(byKind, collected::add, index).apply(tree, Topology.class, "");
    new StructureCheck(byKind, collected::add).check(tree, Topology.class, "");
    Topology topology = null;
    Problem fatal = null;
    Throwable cause = null;
    try (JsonParser parser = mapper.treeAsTokens(tree)) {
      topology = mapper.readerFor(Topology.class)
          .withAttribute(ReadProblems.KEY, collected)
          .withAttribute(TopologyJson.StrictHandler.LOCATIONS, index)
          .readValue(parser);
    } catch (JsonProcessingException e) {
      fatal = translate(e, tree);
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
      located.add(index.locate(problem));
    }
    located.sort(Comparator.comparingInt((Problem p) -> p.location().line())
        .thenComparingInt(p -> p.location().column()));
    return located;
  }

  private static Problem translate(JsonProcessingException e, JsonNode tree) {
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
      return Problem.error("invalid-value", pointer, root.getMessage() == null || root.getMessage().isBlank()
          ? "this value is not valid here" : root.getMessage(), "see docs/topology.md");
    }
    // Anything else Jackson reports is a value of the wrong shape: say what was expected and what
    // was found, in words, from the tree (Jackson's own message names Java types).
    JsonNode found = tree.at(pointer);
    String expected = e instanceof MismatchedInputException m && m.getTargetType() != null
        ? TopologyJson.StrictHandler.expectedFor(TYPES.constructType(m.getTargetType())) : "another kind of value";
    String text = found.isValueNode() ? " (" + found.asText() + ")" : "";
    return Problem.error("wrong-type", pointer, "expected " + expected + ", found "
        + (found.isMissingNode() ? "something else" : TopologyJson.describeNode(found)) + text,
        "see docs/topology.md");
  }

  private static TopologyException fail(String file, Problem problem) {
    return new TopologyException(file, List.of(problem.located(SourceLocation.ofFile(file), "")));
  }
}
