package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.SourceLocation;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a permit entry does after its actions instead of permitting the route: FRR {@code on-match
 * next} / {@code continue} (the next entry) and {@code on-match goto N} / {@code continue N} (the
 * first entry whose sequence is at least N, forward only); IOS-XE {@code continue [N]}.
 *
 * @param gotoSequence the sequence to go to; 0 for "the next entry"
 * @param location the line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record OnMatch(long gotoSequence, SourceLocation location) {

  public OnMatch {
    if (gotoSequence < 0) {
      throw new IllegalArgumentException("sequence " + gotoSequence + " is negative");
    }
    Objects.requireNonNull(location, "location");
  }

  /** Whether processing goes on with the next entry (no sequence given). */
  public boolean isNext() {
    return gotoSequence == 0;
  }
}
