package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.failure.FailedDesign;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A design converged with and without a set of failures, and what differs.
 *
 * @param design the design with the failures applied
 * @param before the state without failures
 * @param after the state with them
 * @param diff route-server learned routes, NIC effective routes and sessions that differ
 * @param traces the (source, destination) pairs whose traces differ
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WhatIfReport(FailedDesign design, ConvergedState before, ConvergedState after, DiffReport diff,
    List<TraceChange> traces) {

  public WhatIfReport {
    traces = List.copyOf(traces);
  }

  /** The pairs that reached their destination before and do not any more. */
  public List<TraceChange> lost() {
    return traces.stream().filter(t -> t.kind() == TraceChange.Kind.LOST).toList();
  }
}
