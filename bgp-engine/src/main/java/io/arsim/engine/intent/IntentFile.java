package io.arsim.engine.intent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An intents file: what must hold in a design (docs/intents.md).
 *
 * @param schema the JSON Schema's URL or path, for editors (ignored)
 * @param design the name of the design the intents were written for; checking another design
 *     warns
 * @param description free text
 * @param under the failures every intent must hold under too, unless it says otherwise
 * @param intents the intents, in file order
 */
@API(status = EXPERIMENTAL, since = "0.2")
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"$schema", "design", "description", "under", "intents"})
public record IntentFile(
    @JsonProperty("$schema") @JsonPropertyDescription("URL or path of the JSON Schema, for editors.")
        @Nullable String schema,
    @JsonPropertyDescription("The name of the design the intents are written for (its `name`). Checking another"
        + " design warns.") @Nullable String design,
    @JsonPropertyDescription("Free text.") @Nullable String description,
    @JsonPropertyDescription("Failures every intent must hold under too, unless it gives its own: none (default),"
        + " any-single-failure, any-two-failures, or a list of failures.") FailureScope under,
    @JsonProperty(required = true) @JsonPropertyDescription("What must hold.") List<Intent> intents) {

  public IntentFile {
    Objects.requireNonNull(under, "under");
    intents = List.copyOf(intents);
  }
}
