/**
 * From an Azure resource inventory to an arsim topology, for the elements the topology model has,
 * keeping for each element the resource it came from.
 */
@NullMarked
package io.arsim.importer.topology;

import org.jspecify.annotations.NullMarked;
