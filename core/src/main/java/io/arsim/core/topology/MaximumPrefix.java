package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A neighbour's {@code maximum-prefix} (FRR and Cisco {@code neighbor X maximum-prefix N
 * [warning-only]}): when the routes accepted from the neighbour (after the import policies) exceed
 * {@code limit}, the session is torn down, or with {@code warningOnly} only a warning is logged.
 *
 * @param limit the most routes accepted from the neighbour, 1..4294967295
 * @param warningOnly only warn instead of tearing the session down
 */
@API(status = EXPERIMENTAL, since = "0.2")
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record MaximumPrefix(
    @JsonProperty(required = true) @JsonPropertyDescription("The most routes accepted from the neighbour,"
        + " 1..4294967295.") long limit,
    @JsonPropertyDescription("Only warn instead of tearing the session down (FRR warning-only). Default false.")
        boolean warningOnly) {

  public MaximumPrefix {
    if (limit < 1 || limit > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("maximumPrefix `limit` " + limit + " is out of range; expected"
          + " 1..4294967295");
    }
  }

  @JsonCreator
  static MaximumPrefix fromFile(@JsonProperty("limit") long limit,
      @JsonProperty("warningOnly") @Nullable Boolean warningOnly) {
    return new MaximumPrefix(limit, warningOnly != null && warningOnly);
  }
}
