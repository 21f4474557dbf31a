package io.arsim.cli.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A top-level section of the page: an anchor id, a heading, a one-line count for the table of
 * contents, and its blocks.
 *
 * @param id the element id (see {@link ElementIds})
 * @param title the heading
 * @param summary a short count shown beside the heading and in the table of contents, or empty
 * @param blocks what the section holds
 */
@API(status = INTERNAL, since = "0.2")
public record Section(String id, String title, String summary, List<Block> blocks) {

  public Section {
    ElementIds.requireValid(id);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    blocks = List.copyOf(blocks);
  }
}
