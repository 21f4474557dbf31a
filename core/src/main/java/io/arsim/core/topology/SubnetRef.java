package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A reference to a subnet written {@code vnet/subnet} in a topology file.
 *
 * @param virtualNetwork the VNet name
 * @param subnet the subnet name
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SubnetRef(String virtualNetwork, String subnet) {

  public SubnetRef {
    if (virtualNetwork.isEmpty() || subnet.isEmpty() || virtualNetwork.contains("/") || subnet.contains("/")) {
      throw new IllegalArgumentException(
          "\"" + virtualNetwork + "/" + subnet + "\" is not a subnet reference; expected \"vnet/subnet\"");
    }
  }

  /**
   * Parses {@code vnet/subnet}.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public static SubnetRef parse(String text) {
    int slash = text.indexOf('/');
    if (slash <= 0 || slash == text.length() - 1 || text.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a subnet reference; expected \"vnet/subnet\", e.g. \"spoke/workload\"");
    }
    return new SubnetRef(text.substring(0, slash), text.substring(slash + 1));
  }

  @Override
  public String toString() {
    return virtualNetwork + "/" + subnet;
  }
}
