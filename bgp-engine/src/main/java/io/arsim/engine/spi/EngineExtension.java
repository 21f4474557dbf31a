package io.arsim.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.Topology;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An engine extension: resource kinds for the topology file's {@code extensions} section and the
 * nodes, neighbours and sessions they create. Extensions are contributed through Guice
 * ({@code Multibinder<EngineExtension>}) and run after the core nodes (route-server instances and
 * NVAs) are in the builder, in the order of {@link #name()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface EngineExtension {

  /** A unique name, e.g. {@code expressroute}. */
  String name();

  /** The resource kinds this extension reads from the topology file. */
  List<ExtensionKind<?>> kinds();

  /**
   * Adds this extension's nodes to {@code network}: call {@link NetworkAssembly#addNode}, register
   * their addresses, add neighbours on both sides (a route-server instance is named
   * {@code <route server>/IN_0} or {@code /IN_1}), originated routes, and mark sessions down with a
   * reason where the design says so.
   */
  void contribute(Topology topology, NetworkAssembly network);

  /**
   * The lint rules this extension contributes (run by {@code arsim lint} next to the engine's
   * built-in rules). None by default.
   */
  default List<LintRule> lintRules() {
    return List.of();
  }
}
