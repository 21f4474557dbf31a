/**
 * Readers of the deployed state as the Azure CLI and Azure Resource Graph print it ({@code az network
 * ... list}, {@code az vm list}, {@code az graph query}), into an Azure resource inventory.
 */
@NullMarked
package io.arsim.importer.az;

import org.jspecify.annotations.NullMarked;
