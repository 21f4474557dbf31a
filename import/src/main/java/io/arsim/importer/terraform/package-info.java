/**
 * A reader of {@code terraform show -json} (plans and states) with azurerm resources, translated
 * into ARM's shape in an Azure resource inventory.
 */
@NullMarked
package io.arsim.importer.terraform;

import org.jspecify.annotations.NullMarked;
