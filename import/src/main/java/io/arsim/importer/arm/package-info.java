/**
 * An evaluator of ARM templates (what {@code az group export}, the portal's "Export template" and
 * {@code az bicep build} write), as far as network designs need: the template expression language,
 * parameters, variables, copy loops, conditions, nested child resources and languageVersion 2.0
 * symbolic names, producing an Azure resource inventory.
 */
@NullMarked
package io.arsim.importer.arm;

import org.jspecify.annotations.NullMarked;
