package io.arsim.cli.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * SVG markup that may go into the page as it is: Graphviz's output, which escapes every label
 * itself, with the XML declaration, the DOCTYPE and the comments (which repeat node names) taken out.
 * Markup with a script or an event handler attribute is refused.
 *
 * @param markup the {@code <svg>} element, or empty for none
 */
@API(status = INTERNAL, since = "0.2")
public record SvgMarkup(String markup) {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern UNSAFE = Pattern.compile("<script|<foreignObject|\\son[a-z]+\\s*=|javascript:",
      Pattern.CASE_INSENSITIVE);

  public SvgMarkup {
    if (!markup.isEmpty() && (!markup.startsWith("<svg") || UNSAFE.matcher(markup).find())) {
      throw new IllegalArgumentException("not plain SVG markup");
    }
  }

  /** No picture. */
  public static SvgMarkup none() {
    return new SvgMarkup("");
  }

  /** Whether there is a picture. */
  public boolean isEmpty() {
    return markup.isEmpty();
  }

  /**
   * The {@code <svg>} element of a Graphviz SVG document, without what precedes it and without
   * comments; empty when the text holds no {@code <svg} element or is not plain SVG.
   */
  public static Optional<SvgMarkup> fromGraphviz(String document) {
    int start = document.indexOf("<svg");
    if (start < 0) {
      return Optional.empty();
    }
    String body = COMMENT.matcher(document.substring(start)).replaceAll("").strip();
    body = body.lines().map(String::stripTrailing).filter(l -> !l.isBlank())
        .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
    if (UNSAFE.matcher(body).find()) {
      return Optional.empty();
    }
    return Optional.of(new SvgMarkup(body));
  }
}
