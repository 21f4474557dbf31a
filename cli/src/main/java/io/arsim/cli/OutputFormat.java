package io.arsim.cli;

/** How a command prints its result. */
enum OutputFormat {
  /** Aligned text for people. */
  table,
  /** A JSON document with a documented, stable schema (docs/cli.md). */
  json
}
