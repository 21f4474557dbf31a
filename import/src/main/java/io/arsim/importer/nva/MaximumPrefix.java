package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code neighbor X maximum-prefix MAX [THRESHOLD] [warning-only] [restart MINUTES]}.
 *
 * @param maximum the number of prefixes
 * @param threshold the percentage at which a warning is logged, when written
 * @param warningOnly only log when the maximum is exceeded, keep the session
 * @param restartMinutes restart the session after this many minutes, when written
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record MaximumPrefix(long maximum, @Nullable Integer threshold, boolean warningOnly, @Nullable Integer restartMinutes) {}
