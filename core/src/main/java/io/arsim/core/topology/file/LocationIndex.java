package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import java.util.HashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Where each value and key of a document is, by JSON pointer, and the {@code name} of each object,
 * so problems found on the bound model can be reported at {@code file:line:column} with a path
 * people read ({@code virtualNetworks[spoke].subnets[workload]}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LocationIndex {
  private final String file;
  /**
   * By JSON pointer: where the value starts (line, column) and, for a property, where its key is
   * (line, column; 0 when there is none). One entry per value keeps a large design's index small.
   */
  private final Map<String, int[]> places = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  /**
   * Where the reader moved a value before binding ({@link ArmSpellings}: an ARM spelling read as
   * arsim's): the pointer in the bound tree, to the pointer of the same value in the file.
   */
  private final Map<String, String> moved = new HashMap<>();

  private LocationIndex(String file) {
    this.file = file;
  }

  /** An index that knows only the file name. */
  public static LocationIndex empty(String file) {
    return new LocationIndex(file);
  }

  void putValue(String pointer, int line, int column) {
    int[] at = places.get(pointer);
    if (at == null) {
      places.put(pointer, new int[] {line, column, 0, 0});
    } else if (at[0] == 0) {
      at[0] = line;
      at[1] = column;
    }
  }

  void putKey(String pointer, int line, int column) {
    int[] at = places.get(pointer);
    if (at == null) {
      places.put(pointer, new int[] {0, 0, line, column});
    } else {
      at[2] = line;
      at[3] = column;
    }
  }

  void putName(String pointer, String name) {
    names.put(pointer, name);
  }

  /** Records that the value at {@code original} in the file is bound from {@code pointer}. */
  void moved(String pointer, String original) {
    moved.put(pointer, original);
  }

  /** Whether the file has a key at {@code pointer} (a property it gives, not one the reader filled in). */
  boolean hasKey(String pointer) {
    int[] at = places.get(original(pointer));
    return at != null && at[2] > 0;
  }

  /**
   * The pointer in the file of the value at {@code pointer} in the tree that was bound: the same,
   * unless the reader moved it or one of its parents ({@link #moved}).
   */
  String original(String pointer) {
    if (moved.isEmpty()) {
      return pointer;
    }
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      String to = moved.get(p);
      if (to != null) {
        return to + pointer.substring(p.length());
      }
      if (p.isEmpty()) {
        return pointer;
      }
    }
  }

  /** The JSON pointer of the parser's current value (for a container start, the container). */
  static String pointerOf(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }

  /**
   * The JSON pointer of the field {@code name} that the parser is in (at its value or inside it):
   * the nearest enclosing object context whose current field is {@code name}.
   */
  static String pointerOfField(JsonParser parser, String name) {
    for (JsonStreamContext context = parser.getParsingContext(); context != null; context = context.getParent()) {
      if (!name.equals(context.getCurrentName())) {
        continue;
      }
      if (context.inObject()) {
        // Buffered contexts can leave empty segments; field names here are never empty.
        return context.pathAsPointer().toString().replaceAll("/{2,}", "/");
      }
      // Creator-based (record) binding buffers tokens; the buffer's context is not an object
      // context, so take the nearest enclosing object and add the field name.
      for (JsonStreamContext outer = context.getParent(); outer != null; outer = outer.getParent()) {
        if (outer.inObject() || outer.inRoot()) {
          return outer.pathAsPointer() + "/" + name;
        }
      }
    }
    return pointerOf(parser) + "/" + name;
  }

  /**
   * The JSON pointer of the value a Jackson binding error is about, from the error's path
   * ({@code /virtualNetworks/0/subnets}); empty for the document itself.
   */
  public static String pointerOf(com.fasterxml.jackson.databind.JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
      out.append('/');
      if (ref.getFieldName() != null) {
        out.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        out.append(ref.getIndex());
      }
    }
    return out.toString();
  }

  /** The file this index describes. */
  public String file() {
    return file;
  }

  /** Where the value at {@code pointer} starts, or the nearest enclosing value that exists. */
  public SourceLocation locate(String pointer) {
    return locate(pointer, false);
  }

  private SourceLocation locate(String pointer, boolean preferKey) {
    String p = original(pointer);
    while (true) {
      int[] at = places.get(p);
      if (at != null) {
        boolean key = at[2] > 0 && (preferKey || at[0] == 0);
        return key ? new SourceLocation(file, at[2], at[3]) : new SourceLocation(file, at[0], at[1]);
      }
      if (p.isEmpty()) {
        return new SourceLocation(file, 1, 1);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** The {@code name} of the object at {@code pointer}, if it has one. */
  public java.util.Optional<String> nameAt(String pointer) {
    return java.util.Optional.ofNullable(names.get(pointer));
  }

  /**
   * The pointer written for people: {@code /virtualNetworks/0/subnets/1/addressPrefix} becomes
   * {@code virtualNetworks[spoke].subnets[workload].addressPrefix} when the objects have names.
   */
  public String describe(String pointer) {
    String inFile = original(pointer);
    if (inFile.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    StringBuilder current = new StringBuilder();
    for (String raw : inFile.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      current.append('/').append(raw);
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
        out.append('[').append(names.getOrDefault(current.toString(), segment)).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(segment);
      }
    }
    return out.toString();
  }

  /**
   * The problem placed in this file: at the location it has, or where its pointer is; its pointer
   * and path as the file spells them.
   */
  public Problem locate(Problem problem) {
    boolean key = problem.code().equals("unknown-property");
    SourceLocation at = problem.location() != null ? problem.location() : locate(problem.pointer(), key);
    String pointer = original(problem.pointer());
    return new Problem(problem.severity(), problem.code(), pointer, problem.message(), problem.fix(), at,
        describe(problem.pointer()));
  }
}
