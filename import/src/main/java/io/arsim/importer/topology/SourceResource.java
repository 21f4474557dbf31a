package io.arsim.importer.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.importer.inventory.ResourceOrigin;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The Azure resource a topology element was made from, for the comment the written topology carries.
 *
 * @param id the resource id
 * @param type the resource type, ARM spelling
 * @param origin where the resource was declared or found
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record SourceResource(String id, String type, ResourceOrigin origin) {

  public SourceResource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(origin, "origin");
  }
}
