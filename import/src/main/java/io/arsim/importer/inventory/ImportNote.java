package io.arsim.importer.inventory;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something an importer did that is not a problem but that the user should see: a resource it
 * skipped, one it keeps but cannot map yet, a resource a condition left out.
 *
 * @param code a stable kebab-case identifier: {@code skipped}, {@code not-mapped-yet},
 *     {@code condition-false}, {@code existing-resource}, {@code duplicate-resource}, ...
 * @param message what happened, e.g. {@code skipped: Microsoft.Storage/storageAccounts 'logs'}
 * @param origin where the resource the note is about was found
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ImportNote(String code, String message, ResourceOrigin origin) {

  public ImportNote {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(origin, "origin");
  }

  /** {@code origin: message [code]}. */
  @Override
  public String toString() {
    return origin + ": " + message + " [" + code + "]";
  }
}
