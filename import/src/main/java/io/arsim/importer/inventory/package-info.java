/**
 * The one normalised model every Azure-side importer produces: Azure resources in ARM's shape
 * (type, resolved id, name, location, properties) with where each came from, plus notes on what was
 * skipped and the problems found.
 */
@NullMarked
package io.arsim.importer.inventory;

import org.jspecify.annotations.NullMarked;
