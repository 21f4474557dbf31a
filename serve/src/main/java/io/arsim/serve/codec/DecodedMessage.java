package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A message as {@link BgpMessageReader} read it, with the attribute errors RFC 7606 handles
 * without a session reset. Only an UPDATE can have errors; the attributes they concern are not in
 * the message.
 *
 * @param message the message
 * @param attributeErrors the malformed attributes, in the order met
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record DecodedMessage(BgpMessage message, List<AttributeError> attributeErrors) {

  public DecodedMessage {
    Objects.requireNonNull(message, "message");
    attributeErrors = List.copyOf(attributeErrors);
  }

  /** A message read without errors. */
  public static DecodedMessage of(BgpMessage message) {
    return new DecodedMessage(message, List.of());
  }

  /**
   * Whether the routes this UPDATE announces are to be handled as withdrawn (RFC 7606 section
   * 2): at least one error calls for it, the strongest action winning (section 3 (i)).
   */
  public boolean treatAsWithdraw() {
    for (AttributeError error : attributeErrors) {
      if (error.action() == AttributeError.Action.TREAT_AS_WITHDRAW) {
        return true;
      }
    }
    return false;
  }
}
