/**
 * BGP sessions of an emulated route-server instance: the RFC 4271 section 8 state machine of a
 * passive peer ({@link io.arsim.serve.session.BgpSession}), its timers, OPEN checks and per-peer
 * route limit, and the boundary to whatever computes the routes
 * ({@link io.arsim.serve.session.BgpBackend} called by the sessions,
 * {@link io.arsim.serve.session.PeerHandle} called by the backend).
 */
@NullMarked
package io.arsim.serve.session;

import org.jspecify.annotations.NullMarked;
