package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.Topology;
import java.util.List;
import org.apiguardian.api.API;

/** Writes a topology back to YAML or JSON; reading the output gives an equal topology. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TopologyWriter {
  private final List<ExtensionKind<?>> kinds;

  /** A writer for the core sections. */
  public TopologyWriter() {
    this(List.of());
  }

  /** A writer that also knows the given extension kinds. */
  public TopologyWriter(List<? extends ExtensionKind<?>> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  /** The topology as a document in {@code format}. */
  public String write(Topology topology, TopologyFormat format) {
    try {
      return TopologyJson.mapper(format, kinds).writeValueAsString(topology);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write topology " + topology.name(), e);
    }
  }
}
