package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.ProblemSink;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A kind of resource an extension adds to the topology file, under {@code extensions.<kind>}. The
 * reader binds each entry to {@link #type()} with the same strictness as the core sections, then
 * lets the kind validate its resources against the whole topology.
 *
 * @param <T> the resource record type
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ExtensionKind<T extends ExtensionResource> {

  /** The key under {@code extensions}, camelCase and plural, e.g. {@code expressRouteGateways}. */
  String kind();

  /** The record type entries are bound to. */
  Class<T> type();

  /** One sentence for docs and the schema. */
  String description();

  /**
   * Reports problems with this kind's resources. {@code pointerOf(i)} style paths are
   * {@code /extensions/<kind>/<index>/...}.
   *
   * @param topology the whole design, already bound
   * @param resources this kind's resources in file order
   * @param problems where to report
   */
  default void validate(Topology topology, List<T> resources, ProblemSink problems) {}
}
