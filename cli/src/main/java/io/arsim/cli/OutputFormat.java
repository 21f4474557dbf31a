package io.arsim.cli;

/** How a command prints its result. */
enum OutputFormat {
  /** Aligned text for people. */
  table,
  /** A JSON document with a documented, stable schema (docs/cli.md). */
  json,
  /**
   * Tab-separated values like the az CLI's {@code --output tsv}: the rows of the command's table,
   * one per line, no header, no title, for {@code cut}, {@code awk} and shell loops.
   */
  tsv,
  /**
   * The JSON the az CLI prints for the same question ({@code az network routeserver peering
   * list-learned-routes}, {@code az network nic show-effective-route-table}...), so arsim's answer
   * can be diffed with a real deployment's (docs/json.md).
   */
  az;

  /**
   * Rejects {@code tsv} and {@code az} in a command that prints no table and has no az twin.
   *
   * @throws UsageException when this is {@code tsv} or {@code az}
   */
  void requireTableOrJson(String command) {
    if (this == tsv) {
      throw new UsageException("arsim " + command + " prints no table, so it has no tsv output; use --output table "
          + "or --output json (tsv is for simulate, routes, bgp-table, effective-routes and sweep)");
    }
    requireNotAz(command);
  }

  /**
   * Rejects {@code az} in a command whose output has no az CLI twin.
   *
   * @throws UsageException when this is {@code az}
   */
  void requireNotAz(String command) {
    if (this == az) {
      throw new UsageException("arsim " + command + " has no az CLI twin, so it has no az output; use --output table, "
          + "json or tsv (az is for routes and effective-routes)");
    }
  }
}
