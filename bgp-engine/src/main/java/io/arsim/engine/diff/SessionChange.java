package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A BGP session whose state differs.
 *
 * @param a one end
 * @param b the other end
 * @param before "Established", "Down: reason" or "absent"
 * @param after likewise
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SessionChange(String a, String b, String before, String after) {}
