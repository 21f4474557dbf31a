package io.arsim.cli.compare;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One way what a deployment shows differs from arsim's prediction.
 *
 * @param kind missing, extra, different, or depends-on
 * @param where the table, e.g. {@code rs-spoke/IN_0 learned from nva1}
 * @param at what {@code arsim explain --at} takes to explain arsim's row
 * @param prefix the prefix
 * @param key the row's key within the prefix (an effective route's source, a BGP path's next hop), or
 *     {@code ""}
 * @param field the field that differs; {@code ""} for a missing or extra row
 * @param predicted arsim's value (for a missing row, the whole row); {@code ""} for an extra row
 * @param observed the deployment's value (for an extra row, the whole row); {@code ""} for a missing row
 * @param note for depends-on, what the answer depends on and how to state it; otherwise {@code ""}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Difference(Kind kind, String where, String at, Ipv4Prefix prefix, String key, String field,
    String predicted, String observed, String note) {

  public Difference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(note, "note");
  }

  /** Whether this is drift: a row or value that differs for certain (not depends-on). */
  public boolean isDrift() {
    return kind != Kind.DEPENDS_ON;
  }

  /** The kinds of difference. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Kind {
    /** arsim predicts a row the deployment does not show. */
    MISSING("missing"),
    /** The deployment shows a row arsim does not predict. */
    EXTRA("extra"),
    /** Both have the row; a value differs. */
    DIFFERENT("different"),
    /**
     * A value differs in a way that depends on something the design does not state (the order
     * paths arrived in, an address Microsoft assigns): not drift for certain.
     */
    DEPENDS_ON("depends-on");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The word arsim prints. */
    public String label() {
      return label;
    }
  }
}
