package io.arsim.policy.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something in a valid config that probably does not do what its author meant (a filter entry no
 * route can reach, a value that changes nothing). arsim reports it as a warning at the property in
 * the topology file; the design still runs ({@code arsim validate --strict} fails on it).
 *
 * @param property the property the warning is about, as property names and list indexes joined by
 *     dots ({@code entries.2.le}); empty for the config as a whole
 * @param message what is probably wrong, naming the value
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ConfigWarning(String property, String message) {

  public ConfigWarning {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(message, "message");
  }

  /** A warning about the config as a whole. */
  public static ConfigWarning of(String message) {
    return new ConfigWarning("", message);
  }

  /** A warning about one property ({@code entries.2.le}). */
  public static ConfigWarning at(String property, String message) {
    return new ConfigWarning(property, message);
  }

  /** The property as a JSON pointer relative to the config: {@code /entries/2/le}. */
  public String pointer() {
    if (property.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String segment : property.split("\\.", -1)) {
      out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }
}
