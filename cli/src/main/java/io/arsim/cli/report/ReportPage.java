package io.arsim.cli.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One report page: a title, a few facts under it, and its sections in order (the page's table of
 * contents lists them).
 *
 * @param title the page title (the design's name)
 * @param facts short lines under the title (file, counts)
 * @param sections the sections, in the order they appear
 */
@API(status = INTERNAL, since = "0.2")
public record ReportPage(String title, List<String> facts, List<Section> sections) {

  public ReportPage {
    Objects.requireNonNull(title, "title");
    facts = List.copyOf(facts);
    sections = List.copyOf(sections);
    long distinct = sections.stream().map(Section::id).distinct().count();
    if (distinct != sections.size()) {
      throw new IllegalArgumentException("section ids must be distinct");
    }
  }
}
