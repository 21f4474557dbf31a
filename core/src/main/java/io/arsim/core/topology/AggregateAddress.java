package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.Ipv4Prefix;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An NVA's {@code aggregate-address} (FRR and Cisco IOS-XE): the NVA originates {@code prefix}
 * while at least one more specific route is in its BGP table (RFC 4271 section 9.2.2.2).
 *
 * @param prefix the summary
 * @param summaryOnly suppress the more specific routes toward every neighbour ({@code summary-only})
 * @param asSet give the summary an AS_SET of the more specific routes' ASes and their communities
 *     ({@code as-set}); without it the summary carries ATOMIC_AGGREGATE
 */
@API(status = EXPERIMENTAL, since = "0.2")
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record AggregateAddress(
    @JsonProperty(required = true) @JsonPropertyDescription("The summary prefix.") Ipv4Prefix prefix,
    @JsonPropertyDescription("Suppress the more specific routes toward every neighbour (summary-only)."
        + " Default false.") boolean summaryOnly,
    @JsonPropertyDescription("Give the summary an AS_SET of the more specific routes' ASes and their"
        + " communities (as-set). Default false.") boolean asSet) {

  public AggregateAddress {
    Names.required(prefix, "prefix");
  }

  @JsonCreator
  static AggregateAddress fromFile(@JsonProperty("prefix") Ipv4Prefix prefix,
      @JsonProperty("summaryOnly") @Nullable Boolean summaryOnly, @JsonProperty("asSet") @Nullable Boolean asSet) {
    return new AggregateAddress(prefix, summaryOnly != null && summaryOnly, asSet != null && asSet);
  }

  /** {@code aggregate-address PREFIX [summary-only] [as-set]}, as FRR and Cisco write it. */
  @Override
  public String toString() {
    return "aggregate-address " + prefix + (summaryOnly ? " summary-only" : "") + (asSet ? " as-set" : "");
  }
}
