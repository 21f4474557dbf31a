/**
 * The BGP engine: speakers, sessions, Adj-RIB-In / Loc-RIB / Adj-RIB-Out, the decision process,
 * Azure Route Server semantics, convergence, effective routes, data-plane trace, failure
 * scenarios, explanations, lint rules and the extension SPI for new node kinds. It computes on the
 * model it is given: it never reads files, prints, or uses {@code java.util.logging}.
 */
@NullMarked
package io.arsim.engine;

import org.jspecify.annotations.NullMarked;
