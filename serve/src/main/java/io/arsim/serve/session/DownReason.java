package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.serve.codec.NotificationMessage;
import java.util.Objects;
import org.apiguardian.api.API;

/** Why a session ended. */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface DownReason {

  /** One line for logs and events, for example {@code sent Hold Timer Expired / Unspecific}. */
  String describe();

  /**
   * This speaker sent a NOTIFICATION and closed the connection: an error in what the peer sent,
   * the hold timer, the route limit, or a shutdown.
   *
   * @param notification what was sent
   * @param problem why, in words
   */
  record NotificationSent(NotificationMessage notification, String problem) implements DownReason {
    public NotificationSent {
      Objects.requireNonNull(notification, "notification");
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String describe() {
      return "sent " + notification.describe() + ": " + problem;
    }
  }

  /**
   * The peer sent a NOTIFICATION.
   *
   * @param notification what it sent
   */
  record NotificationReceived(NotificationMessage notification) implements DownReason {
    public NotificationReceived {
      Objects.requireNonNull(notification, "notification");
    }

    @Override
    public String describe() {
      return "received " + notification.describe();
    }
  }

  /**
   * The connection closed without a NOTIFICATION (the peer closed it or it failed).
   *
   * @param detail what was seen
   */
  record ConnectionClosed(String detail) implements DownReason {
    public ConnectionClosed {
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String describe() {
      return "connection closed: " + detail;
    }
  }
}
