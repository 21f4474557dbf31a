package io.arsim.importer.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import io.arsim.importer.inventory.ResourceOrigin;

/**
 * One resource instance of a {@code terraform show -json} output.
 *
 * @param address its address, e.g. {@code module.hub1.azurerm_subnet.nva} or {@code azurerm_route.r["a"]}
 * @param module the module instance it is in ({@code module.hub1}), empty for the root module
 * @param type the resource type, e.g. {@code azurerm_subnet}
 * @param name the resource name in the configuration
 * @param index the instance key of a count or for_each resource, as written in the address ({@code [0]},
 *     {@code ["a"]}), empty otherwise
 * @param managed whether it is a managed resource (not a data source)
 * @param values the attribute values (for a plan, the planned values: unknown ones are absent)
 * @param origin where it is in the file
 */
record TfResource(String address, String module, String type, String name, String index, boolean managed,
    JsonNode values, ResourceOrigin origin) {

  /** The address without the instance key: {@code module.hub1.azurerm_subnet.nva}. */
  String baseAddress() {
    return index.isEmpty() ? address : address.substring(0, address.length() - index.length());
  }

  /** The module path without instance keys, as the configuration names it: {@code hub1}, {@code a.b}. */
  String configModule() {
    return TerraformJsonReader.configModule(module);
  }
}
