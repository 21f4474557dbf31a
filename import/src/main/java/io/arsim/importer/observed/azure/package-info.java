/**
 * Readers of what Azure shows about a deployed design, for comparing it with a prediction: route
 * server learned and advertised routes (Azure CLI and PowerShell) and NIC effective routes.
 */
@NullMarked
package io.arsim.importer.observed.azure;

import org.jspecify.annotations.NullMarked;
