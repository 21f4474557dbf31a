package io.arsim.policy.spi.match;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.AsPathSegment;
import io.arsim.core.bgp.Asn;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * An AS-path regular expression in the dialect of FRR's and Cisco's {@code ip as-path access-list}:
 * it is searched (not fully matched) in the path as the routers print it, ASNs of a sequence
 * separated by spaces and a set in braces with commas ({@code 65001 65515 {64512,64513}}), the
 * empty path being the empty string; {@code _} matches a delimiter: the start or end of the path, a
 * space, a comma, a brace or a parenthesis (FRR {@code bgpd/bgp_regex.c}, Cisco "Regular Expressions"
 * in the IOS-XE configuration guides). The rest of the syntax is that of {@link Pattern}, which
 * agrees with the POSIX extended expressions the routers use for {@code ^ $ . * + ? [] () |}.
 * Examples: {@code ^65001_} (learned from 65001), {@code _65050$} (originated by 65050), {@code ^$}
 * (originated locally), {@code _65515_} (crossed a route server).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class AsPathRegex {
  private static final String DELIMITER = "(?:^|$|[ ,{}()])";

  private final String regex;
  private final Pattern pattern;

  private AsPathRegex(String regex, Pattern pattern) {
    this.regex = regex;
    this.pattern = pattern;
  }

  /**
   * Compiles {@code regex}.
   *
   * @throws IllegalArgumentException when it is not a valid expression, saying where
   */
  public static AsPathRegex compile(String regex) {
    Objects.requireNonNull(regex, "regex");
    try {
      return new AsPathRegex(regex, Pattern.compile(regex.replace("_", DELIMITER)));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("\"" + regex + "\" is not a valid regular expression: " + e.getDescription()
          + " near index " + e.getIndex() + "; expected an AS-path expression such as ^65001_ or _65050$", e);
    }
  }

  /** The path as FRR and Cisco print it for matching: {@code 65001 65515 {64512,64513}}. */
  public static String text(AsPath path) {
    return path.segments().stream().map(AsPathRegex::text).collect(Collectors.joining(" "));
  }

  private static String text(AsPathSegment segment) {
    String asns = segment.asns().stream().map(Asn::toString).collect(Collectors.joining(segment.isSet() ? "," : " "));
    return segment.isSet() ? "{" + asns + "}" : asns;
  }

  /** Whether the expression is found in {@code path}'s text. */
  public boolean matches(AsPath path) {
    return pattern.matcher(text(path)).find();
  }

  /** The expression as written. */
  @Override
  public String toString() {
    return regex;
  }
}
