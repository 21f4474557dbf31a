package io.arsim.importer.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A parsed template expression (the text between {@code [} and {@code ]}). */
sealed interface Expr {

  /** Where the expression starts in the expression text, 0-based. */
  int offset();

  /** A string, integer, boolean or null literal. */
  record Literal(JsonNode value, int offset) implements Expr {}

  /**
   * A function call; {@code name} is lower case (functions are case-insensitive), {@code spelled} as written.
   * User-defined functions are {@code namespace.member}.
   */
  record Call(String name, String spelled, List<Expr> args, int offset) implements Expr {}

  /** {@code target.name}. */
  record Member(Expr target, String name, int offset) implements Expr {}

  /** {@code target[index]}. */
  record Index(Expr target, Expr index, int offset) implements Expr {}
}
