package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A (source, destination) pair whose trace differs.
 *
 * @param from the source VM
 * @param to the destination VM or prefix
 * @param address the address traced to
 * @param kind {@code lost} (reached before, not after), {@code restored}, {@code moved} (reaches
 *     through other NVAs: another hub), {@code bypass} (still reaches, but through no NVA any more:
 *     e.g. the system route 0.0.0.0/0 to the Internet once the BGP default route is withdrawn),
 *     {@code asymmetric} (became asymmetric through a stateful
 *     NVA), or {@code changed} (other paths, same NVAs)
 * @param before the paths before ("vm-spoke -> nva1 -> Internet"), with the outcome
 * @param after the paths after
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TraceChange(String from, String to, String address, String kind, String before, String after) {}
