package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The states of the RFC 4271 section 8.2.2 state machine. A passive speaker never uses Connect:
 * it waits in Active for the peer to connect.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum SessionState {
  /** No connection; refusing the peer (for example during a route-limit hold-down). */
  IDLE,
  /** Trying to connect to the peer; never used by a passive speaker. */
  CONNECT,
  /** Waiting for the peer to connect; a passive speaker's starting state. */
  ACTIVE,
  /** Connected, OPEN sent, waiting for the peer's OPEN. */
  OPEN_SENT,
  /** OPENs exchanged and accepted, KEEPALIVE sent, waiting for the peer's KEEPALIVE. */
  OPEN_CONFIRM,
  /** Routes flow. */
  ESTABLISHED;

  /** The name RFC 4271 uses: {@code Idle}, {@code OpenSent}, {@code Established}, ... */
  public String rfcName() {
    switch (this) {
      case OPEN_SENT:
        return "OpenSent";
      case OPEN_CONFIRM:
        return "OpenConfirm";
      default:
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
  }
}
