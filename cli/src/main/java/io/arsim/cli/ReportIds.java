package io.arsim.cli;

import io.arsim.cli.report.ElementIds;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report's element ids of speakers and NICs: {@link ElementIds} of the name, made unique in the
 * order they are first asked for (which is the design's order, so the same every run).
 */
final class ReportIds {
  private final Map<String, String> assigned = new TreeMap<>();
  private final Set<String> used = new HashSet<>();

  /** The id of the speaker named {@code name}. */
  String node(String name) {
    return id("node", name);
  }

  /** The id of the NIC {@code nic} of {@code owner}. */
  String nic(String owner, String nic) {
    return id("nic", owner + "/" + nic);
  }

  private String id(String prefix, String name) {
    return assigned.computeIfAbsent(prefix + "\u0000" + name, k -> {
      String base = ElementIds.of(prefix, name);
      String id = base;
      for (int i = 2; !used.add(id); i++) {
        id = base + "-" + i;
      }
      return id;
    });
  }
}
