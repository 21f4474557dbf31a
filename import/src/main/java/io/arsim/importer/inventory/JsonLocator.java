package io.arsim.importer.inventory;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.arsim.core.problem.SourceLocation;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Finds where values are in a JSON document, by JSON pointer, with one streaming pass that skips
 * every subtree no wanted pointer goes into. Importers keep only pointers while they work and ask
 * for the places at the end, so a large template needs no per-value position table.
 */
@API(status = INTERNAL, since = "0.2")
public final class JsonLocator {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLocator() {}

  /**
   * The places of {@code pointers} in {@code content}: each pointer that exists maps to the start of
   * its value; one that does not maps to the nearest enclosing value that does.
   */
  public static Map<String, SourceLocation> locate(String file, byte[] content, Collection<String> pointers) {
    Set<String> prefixes = new HashSet<>();
    for (String pointer : pointers) {
      String p = pointer;
      while (true) {
        prefixes.add(p);
        if (p.isEmpty()) {
          break;
        }
        p = p.substring(0, p.lastIndexOf('/'));
      }
    }
    Map<String, SourceLocation> found = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(content)) {
      Deque<String> containers = new ArrayDeque<>();
      Deque<int[]> indexes = new ArrayDeque<>();
      String field = null;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          field = parser.currentName();
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          containers.pop();
          indexes.pop();
          continue;
        }
        String pointer;
        if (containers.isEmpty()) {
          pointer = "";
        } else if (indexes.peek()[0] >= 0) {
          pointer = containers.peek() + "/" + indexes.peek()[0]++;
        } else {
          pointer = containers.peek() + "/" + escape(field);
        }
        boolean wanted = prefixes.contains(pointer);
        if (wanted) {
          found.put(pointer, new SourceLocation(file, parser.currentTokenLocation().getLineNr(),
              parser.currentTokenLocation().getColumnNr()));
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          if (wanted) {
            containers.push(pointer);
            indexes.push(new int[] {token == JsonToken.START_ARRAY ? 0 : -1});
          } else {
            parser.skipChildren();
          }
        }
      }
    } catch (IOException e) {
      // A document that does not parse was reported when it was read; keep what was found.
    }
    Map<String, SourceLocation> result = new HashMap<>();
    for (String pointer : pointers) {
      String p = pointer;
      while (!found.containsKey(p) && !p.isEmpty()) {
        p = p.substring(0, p.lastIndexOf('/'));
      }
      result.put(pointer, found.getOrDefault(p, new SourceLocation(file, 1, 1)));
    }
    return result;
  }

  /** One pointer segment, escaped as RFC 6901 says ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
  public static String escape(String segment) {
    return segment.indexOf('~') < 0 && segment.indexOf('/') < 0 ? segment
        : segment.replace("~", "~0").replace("/", "~1");
  }

  /** {@code text} as a JSON string literal body (quotes and control characters escaped). */
  static String quote(String text) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(text));
  }
}
