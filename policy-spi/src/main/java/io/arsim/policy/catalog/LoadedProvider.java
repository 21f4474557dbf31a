package io.arsim.policy.catalog;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.policy.spi.Direction;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A provider that passed the catalog's checks, with its metadata read once (a plugin's metadata
 * methods are its code: asked again they could fail or answer differently).
 *
 * @param discovered the provider and where it was found
 * @param id its id
 * @param version its version
 * @param description its one-sentence description
 * @param documentationLink where it is documented; empty when it does not say
 * @param directions the directions it works in
 * @param spiVersion the SPI version it was built for
 */
@API(status = INTERNAL, since = "0.2")
public record LoadedProvider(DiscoveredProvider discovered, String id, String version, String description,
    String documentationLink, Set<Direction> directions, String spiVersion) {

  public LoadedProvider {
    Objects.requireNonNull(discovered, "discovered");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(documentationLink, "documentationLink");
    directions = Set.copyOf(directions);
    Objects.requireNonNull(spiVersion, "spiVersion");
  }

  /** Where it is documented, if it says ({@code PolicyProvider.documentation()}). */
  public Optional<String> documentation() {
    return documentationLink.isEmpty() ? Optional.empty() : Optional.of(documentationLink);
  }

  /**
   * Where its config is documented, for the fixes of config problems: its {@code documentation()},
   * or for a built-in its section of docs/plugins.md.
   */
  public String docs() {
    return documentation().orElse(discovered.builtIn() ? "docs/plugins.md#" + id
        : "the documentation of " + id + " (the plugin names none; ask its author)");
  }
}
