/**
 * Intents: what must hold in a design, checked against the converged network. An intents file
 * ({@link io.arsim.engine.intent.IntentReader}) names endpoints (VMs, NICs, subnets, VNets,
 * on-premises sites, branches, gateways, prefixes, the Internet) and asks for reachability,
 * isolation, waypoints (must, or must not, cross an NVA) and symmetry through stateful NVAs, with
 * nothing failed and under failures; {@link io.arsim.engine.intent.IntentChecker} answers with an
 * {@link io.arsim.engine.intent.IntentReport}: each intent held or broken, with the traces that
 * break it. Batfish's assertions and Forward's intent checks are the models, narrowed to this
 * domain.
 */
@NullMarked
package io.arsim.engine.intent;

import org.jspecify.annotations.NullMarked;
