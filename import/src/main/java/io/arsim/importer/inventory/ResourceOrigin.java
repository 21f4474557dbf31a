package io.arsim.importer.inventory;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.SourceLocation;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where an imported resource was declared or found.
 *
 * @param file the file as the user named it
 * @param line 1-based line of the resource's JSON object, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param pointer JSON pointer to the resource inside the file (RFC 6901), e.g. {@code /resources/3};
 *     for a resource made by a copy loop, the loop's declaration
 * @param address the Terraform resource address ({@code module.hub.azurerm_subnet.nva}); empty for
 *     templates and dumps
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ResourceOrigin(String file, int line, int column, String pointer, String address) {

  public ResourceOrigin {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(address, "address");
  }

  /** A place in a JSON file. */
  public static ResourceOrigin of(SourceLocation location, String pointer) {
    return new ResourceOrigin(location.file(), location.line(), location.column(), pointer, "");
  }

  /** A Terraform resource instance at a place in a {@code terraform show -json} file. */
  public static ResourceOrigin terraform(SourceLocation location, String pointer, String address) {
    return new ResourceOrigin(location.file(), location.line(), location.column(), pointer, address);
  }

  /** The same origin one level further in: {@code pointer + suffix}. */
  public ResourceOrigin within(String suffix, SourceLocation location) {
    return new ResourceOrigin(file, location.line(), location.column(), pointer + suffix, address);
  }

  /** The file, line and column. */
  public SourceLocation location() {
    return new SourceLocation(file, line, column);
  }

  /** {@code file:line:column pointer}, or {@code file:line:column address} for Terraform. */
  @Override
  public String toString() {
    String where = location().toString();
    if (!address.isEmpty()) {
      return where + " " + address;
    }
    return pointer.isEmpty() ? where : where + " " + pointer;
  }
}
