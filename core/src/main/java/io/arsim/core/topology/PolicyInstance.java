package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apiguardian.api.API;

/**
 * A named, configured routing-policy instance. The topology file activates a discovered policy
 * provider by its id ({@code type}) with a config that the provider binds and validates.
 *
 * @param name instance name, referenced from BGP neighbours' import and export chains
 * @param type the policy provider id, e.g. {@code as-override} or {@code acme.tag-by-site}
 * @param config the provider's configuration, kept as a JSON tree until the provider binds it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PolicyInstance(
    @JsonProperty(required = true) @JsonPropertyDescription("Instance name, referenced from neighbours' chains.")
        String name,
    @JsonProperty(required = true)
        @JsonPropertyDescription("The policy provider id, e.g. as-override or acme.tag-by-site.") String type,
    @JsonPropertyDescription("The provider's configuration; see the provider's documentation.") JsonNode config) {

  public PolicyInstance {
    Names.required(name, "name");
    Names.required(type, "type");
    config = config == null || config.isNull() ? JsonNodeFactory.instance.objectNode() : config.deepCopy();
  }

  /** A defensive copy of the configuration tree. */
  @Override
  public JsonNode config() {
    return config.deepCopy();
  }

  /** An instance without configuration. */
  public static PolicyInstance of(String name, String type) {
    return new PolicyInstance(name, type, (ObjectNode) null);
  }
}
