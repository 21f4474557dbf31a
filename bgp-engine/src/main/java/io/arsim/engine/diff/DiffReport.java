package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What differs between two converged states.
 *
 * @param routes route-server routes (learned, and advertised when asked) that differ
 * @param nics effective routes that differ, per NIC and prefix
 * @param sessions sessions whose state differs
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DiffReport(List<RouteChange> routes, List<NicChange> nics, List<SessionChange> sessions) {

  public DiffReport {
    routes = List.copyOf(routes);
    nics = List.copyOf(nics);
    sessions = List.copyOf(sessions);
  }

  /** Whether nothing differs. */
  public boolean isEmpty() {
    return routes.isEmpty() && nics.isEmpty() && sessions.isEmpty();
  }
}
