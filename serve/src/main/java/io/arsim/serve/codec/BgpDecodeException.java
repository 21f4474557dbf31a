package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A message that cannot be read, or that RFC 4271 section 6 and RFC 7606 say must reset the
 * session: {@link #notification()} is the NOTIFICATION to send before closing the connection. The
 * only exception the codec throws while reading.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class BgpDecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient NotificationMessage notification;

  /**
   * @param notification the NOTIFICATION RFC 4271 section 6 prescribes
   * @param problem what is wrong with the message, in words
   */
  public BgpDecodeException(NotificationMessage notification, String problem) {
    super(Objects.requireNonNull(problem, "problem"));
    this.notification = Objects.requireNonNull(notification, "notification");
  }

  /** The NOTIFICATION to send: error code, subcode and data. */
  public NotificationMessage notification() {
    return notification;
  }
}
