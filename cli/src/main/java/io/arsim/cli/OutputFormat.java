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
  tsv;

  /**
   * Rejects {@code tsv} in a command that prints no table.
   *
   * @throws UsageException when this is {@code tsv}
   */
  void requireNotTsv(String command) {
    if (this == tsv) {
      throw new UsageException("arsim " + command + " prints no table, so it has no tsv output; use --output table "
          + "or --output json (tsv is for simulate, routes, bgp-table, effective-routes and sweep)");
    }
  }
}
