/**
 * The listening side of {@code arsim serve}: a Netty server with one listening socket per
 * route-server instance address ({@link io.arsim.serve.server.BgpServer}) and the JSON-lines
 * event log ({@link io.arsim.serve.server.JsonLinesEventLog}).
 */
@NullMarked
package io.arsim.serve.server;

import org.jspecify.annotations.NullMarked;
