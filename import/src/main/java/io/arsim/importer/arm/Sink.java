package io.arsim.importer.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.Severity;
import io.arsim.core.problem.SourceLocation;
import io.arsim.importer.inventory.AzureResource;
import io.arsim.importer.inventory.InventoryBuilder;
import io.arsim.importer.inventory.JsonLocator;
import io.arsim.importer.inventory.ResourceOrigin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the evaluators of one template file (the template and its nested templates) produce, kept
 * with JSON pointers only; {@link #finish} finds every place in one pass over the file.
 */
final class Sink {
  final String file;
  private final byte[] content;
  /**
   * Parsed expressions by text, the most recently used few thousand: a copy loop evaluates the same
   * strings many times, while a large template's other expressions are mostly distinct.
   */
  final Map<String, Expr> expressions = new LinkedHashMap<>(4096, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Expr> eldest) {
      return size() > 4096;
    }
  };
  private final List<Emitted> resources = new ArrayList<>();
  private final List<String[]> notes = new ArrayList<>();
  private final Map<String, Pending> problems = new LinkedHashMap<>();

  private record Emitted(String type, String id, String name, String location, String kind, JsonNode sku,
      ObjectNode properties, String pointer) {}

  private record Pending(Severity severity, String code, String pointer, String message, String fix) {}

  Sink(String file, byte[] content) {
    this.file = file;
    this.content = content;
  }

  void emit(String type, String id, String name, String location, String kind, JsonNode sku, ObjectNode properties,
      String pointer) {
    resources.add(new Emitted(type, id, name, location, kind, sku, properties, pointer));
  }

  void note(String code, String message, String pointer) {
    notes.add(new String[] {code, message, pointer});
  }

  void error(TemplateError e, String fallbackPointer) {
    String pointer = e.pointer() == null ? fallbackPointer : e.pointer();
    String message = e.getMessage();
    if (e.offset() > 0) {
      message += " (at character " + (e.offset() + 1) + " of the expression)";
    }
    problem(Severity.ERROR, e.code(), pointer, message, e.fix());
  }

  void problem(Severity severity, String code, String pointer, String message, String fix) {
    problems.putIfAbsent(code + '\u0000' + pointer + '\u0000' + message,
        new Pending(severity, code, pointer, message, fix));
  }

  boolean hasErrors() {
    return problems.values().stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  /** Places everything and hands it to {@code builder}. */
  void finish(InventoryBuilder builder) {
    List<String> pointers = new ArrayList<>();
    resources.forEach(r -> pointers.add(r.pointer()));
    notes.forEach(n -> pointers.add(n[2]));
    problems.values().forEach(p -> pointers.add(p.pointer()));
    Map<String, SourceLocation> places = JsonLocator.locate(file, content, pointers);
    for (Emitted r : resources) {
      builder.add(new AzureResource(r.type(), r.id(), r.name(), r.location(), r.kind(), r.sku(), r.properties(),
          ResourceOrigin.of(places.get(r.pointer()), r.pointer())));
    }
    for (String[] n : notes) {
      builder.note(n[0], n[1], ResourceOrigin.of(places.get(n[2]), n[2]));
    }
    for (Pending p : problems.values()) {
      Problem problem = new Problem(p.severity(), p.code(), p.pointer(), p.message(), p.fix(), null, "");
      builder.problem(problem.located(places.get(p.pointer()), p.pointer()));
    }
  }
}
