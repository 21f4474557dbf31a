package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.TopologyException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads a YAML or JSON document into a tree and a {@link LocationIndex} in one pass, within
 * {@link ReadLimits}: the text's size and characters are checked first (a control character is
 * reported at its line and column), then Jackson's parser runs with the limits as its
 * constraints, over {@link WholeTextStreamReader} for YAML so that time stays linear in the size.
 *
 * <p>YAML anchors and aliases ({@code &name}, {@code *name}) and merge keys ({@code <<: *name})
 * work as YAML defines them: an alias stands for a copy of the value its anchor names. Jackson's
 * YAML parser leaves aliases unresolved (it returns the anchor's name as a string), so they are
 * resolved here, counted against {@link ReadLimits#maxAliases()} and
 * {@link ReadLimits#maxAliasedValues()}. Values inside an alias are located at the alias.
 *
 * <p>Every problem is reported as a {@link TopologyException} with one located problem, in words
 * (no parser class or setting names).
 */
@API(status = INTERNAL, since = "0.2")
public final class DocumentParser {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DocumentParser() {}

  /**
   * Parses {@code content}. A leading byte-order mark is ignored (columns are counted without it).
   *
   * @param fileName the name used in messages
   * @throws TopologyException with the located problem when the text exceeds {@code limits}, holds a
   *     character the format does not allow, or is not well-formed
   */
  public static ParsedDocument parse(String fileName, TopologyFormat format, String content, ReadLimits limits) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    long bytes = utf8Length(text, limits.maxInputBytes());
    if (bytes > limits.maxInputBytes()) {
      throw fail(tooLarge(fileName, "the text is more than " + ReadLimits.describeSize(limits.maxInputBytes()),
          limits, bytes), null);
    }
    checkCharacters(fileName, format, text);
    JsonFactory factory = TopologyJson.factory(format, limits);
    JsonParser parser;
    try {
      parser = factory instanceof LinearYamlFactory yaml ? yaml.parserFor(text) : factory.createParser(text);
    } catch (IOException e) {
      throw fail(Problem.error("unreadable", "", "cannot read the document: " + e.getMessage(), "")
          .located(SourceLocation.ofFile(fileName), ""), e);
    }
    Builder builder = new Builder(fileName, format, parser, limits);
    try (parser) {
      return builder.build();
    } catch (StreamConstraintsException e) {
      throw fail(limit(e, fileName, format, builder.location(e), limits), e);
    } catch (JsonProcessingException e) {
      throw fail(syntax(e, fileName, format, builder.location(e)), e);
    } catch (IOException e) {
      throw fail(Problem.error("unreadable", "", "cannot read the document: " + e.getMessage(), "")
          .located(SourceLocation.ofFile(fileName), ""), e);
    } catch (Failure e) {
      throw fail(e.problem, null);
    }
  }

  /**
   * The problem of a file larger than the limit.
   *
   * @param size the file's size, or the limit when only "more than the limit" is known
   */
  static Problem tooLarge(String fileName, String what, ReadLimits limits, long size) {
    return InputFiles.tooLarge(what, "topology file", limits.maxInputBytes(), size)
        .located(SourceLocation.ofFile(fileName), "");
  }

  /** UTF-8 length of {@code text}, counting stops a little past {@code stopAbove}. */
  private static long utf8Length(String text, long stopAbove) {
    if (text.length() > stopAbove) {
      return text.length();
    }
    long bytes = 0;
    for (int i = 0; i < text.length() && bytes <= stopAbove; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * Rejects the first character the format does not allow, at its line and column: for YAML every
   * character outside YAML's printable set (YAML 1.1 section 5.1, as SnakeYAML checks it), for
   * JSON every control character other than tab, line feed and carriage return (RFC 8259 allows
   * them nowhere unescaped). Columns count as each parser does: code points for YAML, UTF-16 units
   * for JSON.
   */
  static void checkCharacters(String fileName, TopologyFormat format, String text) {
    boolean yaml = format == TopologyFormat.YAML;
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      boolean allowed = yaml ? yamlPrintable(c)
          : (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && !(c >= 0xD800 && c <= 0xDFFF);
      if (!allowed) {
        throw fail(Problem.error("invalid-character", "",
                "the file holds the character " + codePoint(c) + ", which " + (yaml
                    ? "YAML does not allow anywhere" : "JSON allows only escaped, inside a string (\\u"
                    + String.format(Locale.ROOT, "%04x", c) + ")"),
                "remove it; control characters usually mean the file is not text, or was saved in another"
                    + " encoding than UTF-8")
            .located(new SourceLocation(fileName, line, column), ""), null);
      }
      i += width;
      boolean crlf = c == '\r' && i < text.length() && text.charAt(i) == '\n';
      if (c == '\n' || (c == '\r' && !crlf) || (yaml && (c == 0x85 || c == 0x2028 || c == 0x2029))) {
        line++;
        column = 1;
      } else if (!crlf) {
        column += yaml ? 1 : width;
      }
    }
  }

  private static boolean yamlPrintable(int c) {
    return c >= 0x20 && c <= 0x7E || c == '\t' || c == '\n' || c == '\r' || c == 0x85
        || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
  }

  private static String codePoint(int c) {
    String name = switch (c) {
      case 0 -> " (NUL)";
      case 0x7F -> " (DEL)";
      case 0xFFFE, 0xFFFF -> " (not a character)";
      default -> c < 0x20 || (c >= 0x80 && c < 0xA0) ? " (a control character)"
          : c >= 0xD800 && c <= 0xDFFF ? " (half of a surrogate pair)" : "";
    };
    return String.format(Locale.ROOT, "U+%04X", c) + name;
  }

  /** A syntax error, with the parser's own position and its message without the excerpt. */
  static Problem syntax(JsonProcessingException e, String fileName, TopologyFormat format,
      @Nullable SourceLocation at) {
    List<String> lines = new ArrayList<>();
    for (String line : String.valueOf(e.getOriginalMessage()).split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.equals("^") || t.startsWith("in 'reader'") || t.startsWith("at [Source")) {
        continue;
      }
      String words = SyntaxMessages.plain(t);
      if (lines.size() < 3 && !lines.contains(words)) {
        lines.add(words);
      }
    }
    Problem problem = Problem.error("syntax-error", "", "the file is not well-formed "
            + (format == TopologyFormat.JSON ? "JSON" : "YAML") + ": " + String.join("; ", lines),
        "fix the syntax at this position (check indentation, brackets, quotes and colons)");
    return problem.located(at == null ? new SourceLocation(fileName, 1, 1) : at, "");
  }

  /** A limit Jackson's constraints enforced, in words. */
  private static Problem limit(StreamConstraintsException e, String fileName, TopologyFormat format,
      @Nullable SourceLocation at, ReadLimits limits) {
    String message = String.valueOf(e.getOriginalMessage());
    SourceLocation where = at == null ? new SourceLocation(fileName, 1, 1) : at;
    Problem problem;
    if (message.startsWith("Document nesting depth")) {
      problem = nestingTooDeep(limits);
    } else if (message.startsWith("Number value length")) {
      problem = Problem.error("value-too-long", "", "a number of more than " + limits.maxNumberLength()
          + " digits starts here", "write a shorter number (docs/robustness.md lists the limits)");
    } else if (message.startsWith("Document length")) {
      return tooLarge(fileName, "the document is longer than " + ReadLimits.describeSize(limits.maxInputBytes()),
          limits, limits.maxInputBytes() + 1);
    } else {
      problem = valueTooLong(limits);
    }
    return problem.located(where, "");
  }

  private static Problem nestingTooDeep(ReadLimits limits) {
    return Problem.error("nesting-too-deep", "", "objects and lists are nested more than "
            + limits.maxNestingDepth() + " levels deep here",
        "a topology nests about ten levels; look for brackets or indentation that run away"
            + " (docs/robustness.md lists the limits)");
  }

  private static Problem valueTooLong(ReadLimits limits) {
    return Problem.error("value-too-long", "", "a value or key of more than "
            + String.format(Locale.ROOT, "%,d", limits.maxStringLength()) + " characters starts here",
        "shorten it (docs/robustness.md lists the limits)");
  }

  private static TopologyException fail(Problem problem, @Nullable Throwable cause) {
    String file = problem.location() == null ? "" : problem.location().file();
    return cause == null ? new TopologyException(file, List.of(problem))
        : new TopologyException(file, List.of(problem), cause);
  }

  /** A problem found while building, carried out of the token loop. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Failure(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /** An object or list being read. */
  private static final class Frame {
    final ContainerNode<?> node;
    final String pointer;
    final @Nullable String anchor;
    final long firstValue;
    String field = "";
    String fieldPointer = "";
    boolean merging;
    int next;
    @Nullable List<JsonNode> merges;

    Frame(ContainerNode<?> node, String pointer, @Nullable String anchor, long firstValue) {
      this.node = node;
      this.pointer = pointer;
      this.anchor = anchor;
      this.firstValue = firstValue;
    }
  }

  /** A completed anchored value and how many values it holds. */
  private record Anchored(JsonNode node, long size) {}

  /** The one pass over the tokens. */
  private static final class Builder {
    private final String file;
    private final TopologyFormat format;
    private final JsonParser parser;
    private final LinearYamlFactory.@Nullable LinearYamlParser yaml;
    private final ReadLimits limits;
    private final LocationIndex index;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final Set<String> open = new HashSet<>();
    private @Nullable JsonNode root;
    private long values;
    private int aliases;
    private long aliasedValues;

    Builder(String file, TopologyFormat format, JsonParser parser, ReadLimits limits) {
      this.file = file;
      this.format = format;
      this.parser = parser;
      this.yaml = parser instanceof LinearYamlFactory.LinearYamlParser y ? y : null;
      this.limits = limits;
      this.index = LocationIndex.empty(file);
    }

    /** Where the parser stands (for errors without a location of their own). */
    @Nullable SourceLocation location(JsonProcessingException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      if (at == null || at.getLineNr() < 1) {
        return null;
      }
      return new SourceLocation(file, at.getLineNr(), Math.max(1, at.getColumnNr()));
    }

    ParsedDocument build() throws IOException {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        long where = place();
        if (root != null && stack.isEmpty()) {
          throw new Failure(Problem.error("syntax-error", "", format == TopologyFormat.YAML
                  ? "the file holds a second YAML document here; a topology file holds one design"
                  : "the file is not well-formed JSON: more text follows the end of the document here",
              format == TopologyFormat.YAML ? "remove the second document (from its `---` on), or put it in a file"
                  + " of its own" : "remove what follows the document's closing brace")
              .located(at(where), ""));
        }
        switch (token) {
          case FIELD_NAME -> field(parser.currentName(), where);
          case END_OBJECT, END_ARRAY -> end();
          default -> value(token, where);
        }
      }
      return ParsedDocument.of(root, index);
    }

    /**
     * Where the current token starts, as {@code line << 32 | column}: for YAML read from the
     * parser's event without allocating (a large design has millions of tokens), the same numbers
     * as {@code currentTokenLocation()}.
     */
    private long place() {
      int line;
      int column;
      if (yaml != null) {
        line = yaml.tokenLine();
        column = yaml.tokenColumn();
      } else {
        JsonLocation location = parser.currentTokenLocation();
        line = location.getLineNr();
        column = location.getColumnNr();
      }
      return (long) line << 32 | (column & 0xFFFF_FFFFL);
    }

    private static int line(long where) {
      return (int) (where >>> 32);
    }

    private static int column(long where) {
      return (int) where;
    }

    private SourceLocation at(long where) {
      return new SourceLocation(file, Math.max(1, line(where)), Math.max(1, column(where)));
    }

    private void field(String name, long where) {
      if (name.length() > limits.maxStringLength()) {
        throw new Failure(valueTooLong(limits).located(at(where), ""));
      }
      Frame frame = stack.element();
      frame.field = name;
      frame.fieldPointer = frame.pointer + "/" + name.replace("~", "~0").replace("/", "~1");
      frame.merging = yaml != null && name.equals("<<");
      index.putKey(frame.fieldPointer, line(where), column(where));
    }

    private void value(JsonToken token, long where) throws IOException {
      Frame parent = stack.peek();
      String pointer = parent == null ? "" : parent.node.isObject() ? parent.fieldPointer
          : parent.pointer + "/" + parent.next;
      index.putValue(pointer, line(where), column(where));
      boolean alias = yaml != null && token == JsonToken.VALUE_STRING && yaml.isCurrentAlias();
      // For an alias, Jackson reports the name it refers to as the "anchor": not a new anchor.
      String anchor = yaml == null || alias ? null : yaml.anchor();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        ContainerNode<?> node = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
        attach(parent, node);
        if (anchor != null) {
          open.add(anchor);
        }
        stack.push(new Frame(node, pointer, anchor, values++));
        return;
      }
      JsonNode node;
      if (alias) {
        node = alias(parser.getText(), pointer, where);
      } else {
        node = scalar(token, where);
        values++;
      }
      attach(parent, node);
      if (anchor != null) {
        anchors.put(anchor, new Anchored(node, 1));
      }
    }

    private void attach(@Nullable Frame parent, JsonNode node) {
      if (parent == null) {
        root = node;
      } else if (parent.node instanceof ObjectNode object) {
        if (parent.merging) {
          if (parent.merges == null) {
            parent.merges = new ArrayList<>();
          }
          parent.merges.add(node);
          parent.merging = false;
        } else {
          object.set(parent.field, node);
          if (parent.field.equals("name") && node.isTextual()) {
            index.putName(parent.pointer, node.textValue());
          }
        }
      } else {
        ((ArrayNode) parent.node).add(node);
        parent.next++;
      }
    }

    private JsonNode scalar(JsonToken token, long where) throws IOException {
      return switch (token) {
        case VALUE_STRING -> {
          String text = parser.getText();
          if (text.length() > limits.maxStringLength()) {
            throw new Failure(valueTooLong(limits).located(at(where), ""));
          }
          yield NODES.textNode(text);
        }
        case VALUE_NUMBER_INT -> {
          numberLength(where);
          yield switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
          };
        }
        case VALUE_NUMBER_FLOAT -> {
          numberLength(where);
          yield parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
              ? NODES.numberNode(parser.getDecimalValue()) : NODES.numberNode(parser.getDoubleValue());
        }
        case VALUE_TRUE -> NODES.booleanNode(true);
        case VALUE_FALSE -> NODES.booleanNode(false);
        case VALUE_NULL -> NODES.nullNode();
        default -> {
          Object embedded = parser.getEmbeddedObject();
          yield embedded instanceof byte[] b ? NODES.binaryNode(b) : NODES.pojoNode(embedded);
        }
      };
    }

    private void numberLength(long where) throws IOException {
      if (yaml != null && parser.getText().length() > limits.maxNumberLength()) {
        throw new Failure(Problem.error("value-too-long", "", "a number of more than " + limits.maxNumberLength()
            + " digits starts here", "write a shorter number (docs/robustness.md lists the limits)")
            .located(at(where), ""));
      }
    }

    private JsonNode alias(String name, String pointer, long where) {
      Anchored anchored = anchors.get(name);
      if (anchored == null) {
        throw new Failure(Problem.error("syntax-error", "", open.contains(name)
                ? "the alias *" + name + " stands for the list or object it is part of; arsim cannot read a"
                    + " structure that contains itself"
                : "the alias *" + name + " refers to no anchor &" + name + " before it",
            open.contains(name) ? "write the repeated part out instead of the alias"
                : "define the anchor (&" + name + ") on a value above this line, or fix the alias's name")
            .located(at(where), ""));
      }
      if (anchored.node().isContainerNode() && ++aliases > limits.maxAliases()) {
        throw new Failure(Problem.error("too-many-aliases", "", "the file uses more than " + limits.maxAliases()
                + " aliases to lists and objects (*name)",
            "write some of the repeated parts out (docs/robustness.md lists the limits)").located(at(where), ""));
      }
      aliasedValues += anchored.size();
      if (aliasedValues > limits.maxAliasedValues()) {
        throw new Failure(Problem.error("too-many-aliases", "", "aliases (*name) copy more than "
                + String.format(Locale.ROOT, "%,d", limits.maxAliasedValues()) + " values into the document by here",
            "aliases that refer to aliases multiply; write the repeated parts out (docs/robustness.md lists the"
                + " limits)").located(at(where), ""));
      }
      values += anchored.size();
      JsonNode copy = anchored.node().deepCopy();
      names(copy, pointer);
      return copy;
    }

    /** Records the names of the objects in an alias's copy, so paths name them. */
    private void names(JsonNode node, String pointer) {
      if (node instanceof ObjectNode object) {
        JsonNode name = object.get("name");
        if (name != null && name.isTextual()) {
          index.putName(pointer, name.textValue());
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
          names(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"));
        }
      } else if (node instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          names(array.get(i), pointer + "/" + i);
        }
      }
    }

    private void end() {
      Frame frame = stack.pop();
      if (frame.merges != null && frame.node instanceof ObjectNode object) {
        merge(object, frame);
      }
      if (frame.anchor != null) {
        open.remove(frame.anchor);
        anchors.put(frame.anchor, new Anchored(frame.node, values - frame.firstValue));
      }
    }

    /**
     * YAML merge keys ({@code <<: *base} or {@code <<: [*a, *b]}): the merged objects' properties
     * that the object does not set itself; with several, earlier ones win (yaml.org/type/merge).
     */
    private void merge(ObjectNode object, Frame frame) {
      for (JsonNode merged : frame.merges) {
        List<JsonNode> sources = new ArrayList<>();
        if (merged instanceof ArrayNode list) {
          list.forEach(sources::add);
        } else {
          sources.add(merged);
        }
        for (JsonNode source : sources) {
          if (!(source instanceof ObjectNode from)) {
            SourceLocation at = index.locate(frame.pointer + "/<<");
            throw new Failure(Problem.error("wrong-type", "", "a merge key (<<) takes an object or a list of objects,"
                    + " found " + TopologyJson.describeNode(source),
                "merge an anchored object, e.g. <<: *defaults").located(at, ""));
          }
          for (Map.Entry<String, JsonNode> e : from.properties()) {
            if (!object.has(e.getKey())) {
              object.set(e.getKey(), e.getValue());
            }
          }
        }
      }
      JsonNode name = object.get("name");
      if (name != null && name.isTextual() && index.nameAt(frame.pointer).isEmpty()) {
        index.putName(frame.pointer, name.textValue());
      }
    }
  }
}
