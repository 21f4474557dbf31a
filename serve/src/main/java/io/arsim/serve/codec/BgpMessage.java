package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One BGP-4 message (RFC 4271 section 4): OPEN, UPDATE, NOTIFICATION, KEEPALIVE, or ROUTE-REFRESH
 * (RFC 2918). {@link BgpMessageReader} reads them from the wire and {@link BgpMessageWriter}
 * writes them.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface BgpMessage
    permits OpenMessage, UpdateMessage, NotificationMessage, KeepaliveMessage, RouteRefreshMessage {

  /** The 16 marker octets, all ones, and the two length and one type octets of the header. */
  int HEADER_LENGTH = 19;

  /** The largest message RFC 4271 allows, header included. */
  int MAX_LENGTH = 4096;

  /** Type code of an OPEN. */
  int OPEN = 1;

  /** Type code of an UPDATE. */
  int UPDATE = 2;

  /** Type code of a NOTIFICATION. */
  int NOTIFICATION = 3;

  /** Type code of a KEEPALIVE. */
  int KEEPALIVE = 4;

  /** Type code of a ROUTE-REFRESH (RFC 2918). */
  int ROUTE_REFRESH = 5;

  /** The message type code in the header: 1 OPEN .. 5 ROUTE-REFRESH. */
  int type();

  /** The name RFC 4271 gives the type code {@code type}, or {@code type N} for an unknown one. */
  static String typeName(int type) {
    switch (type) {
      case OPEN:
        return "OPEN";
      case UPDATE:
        return "UPDATE";
      case NOTIFICATION:
        return "NOTIFICATION";
      case KEEPALIVE:
        return "KEEPALIVE";
      case ROUTE_REFRESH:
        return "ROUTE-REFRESH";
      default:
        return "type " + type;
    }
  }
}
