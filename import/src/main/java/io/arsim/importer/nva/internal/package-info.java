/**
 * What the FRR and IOS-XE readers share: the report that collects warnings and ignored lines,
 * the mutable builder of the model, value parsing with clear messages, and the checks of
 * references between route maps, lists and neighbours. Not API.
 */
@NullMarked
package io.arsim.importer.nva.internal;

import org.jspecify.annotations.NullMarked;
