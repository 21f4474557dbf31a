package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.Ipv4Prefix;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A site prefix advertised over one link of the site's circuits only (the other link does not carry
 * it): VMs then get it with one next hop instead of two (real-deployments R2).
 *
 * @param prefix one of the site's prefixes
 * @param link the only link that carries it
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record SingleLinkPrefix(
    @JsonProperty(required = true) @JsonPropertyDescription("One of the site's prefixes.") Ipv4Prefix prefix,
    @JsonProperty(required = true) @JsonPropertyDescription("The only link that carries it: primary or secondary.")
        CircuitLink link) {

  public SingleLinkPrefix {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(link, "link");
  }
}
