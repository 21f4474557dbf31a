package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A NOTIFICATION (RFC 4271 section 4.5): an error code, a subcode and data; the connection closes
 * right after it.
 *
 * <p>The codes and subcodes are those of RFC 4271 section 6 (the constants below), the FSM
 * subcodes of RFC 6608, the ROUTE-REFRESH subcode of RFC 7313 and the Cease subcodes of RFC 4486,
 * RFC 8538 and RFC 9384. Administrative Shutdown and Administrative Reset may carry a shutdown
 * communication (RFC 8203, lengthened to 255 octets by RFC 9003): one length octet and that many
 * octets of UTF-8, see {@link #shutdownCommunication()}.
 *
 * @param code the error code, 0..255
 * @param subcode the error subcode, 0..255
 * @param data the data, whose meaning depends on the code
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record NotificationMessage(int code, int subcode, Octets data) implements BgpMessage {

  /** Error code 1. Subcodes: 1 {@value #CONNECTION_NOT_SYNCHRONIZED}, 2, 3. */
  public static final int MESSAGE_HEADER_ERROR = 1;
  /** Error code 2. */
  public static final int OPEN_MESSAGE_ERROR = 2;
  /** Error code 3. */
  public static final int UPDATE_MESSAGE_ERROR = 3;
  /** Error code 4. */
  public static final int HOLD_TIMER_EXPIRED = 4;
  /** Error code 5. */
  public static final int FSM_ERROR = 5;
  /** Error code 6. */
  public static final int CEASE = 6;
  /** Error code 7 (RFC 7313). */
  public static final int ROUTE_REFRESH_MESSAGE_ERROR = 7;

  /** Every code's unspecific subcode. */
  public static final int UNSPECIFIC = 0;

  /** Message Header Error subcode 1: the marker is not all ones. */
  public static final int CONNECTION_NOT_SYNCHRONIZED = 1;
  /** Message Header Error subcode 2: data is the erroneous length field. */
  public static final int BAD_MESSAGE_LENGTH = 2;
  /** Message Header Error subcode 3: data is the erroneous type octet. */
  public static final int BAD_MESSAGE_TYPE = 3;

  /** OPEN Message Error subcode 1: data is the largest version supported (2 octets). */
  public static final int UNSUPPORTED_VERSION_NUMBER = 1;
  /** OPEN Message Error subcode 2. */
  public static final int BAD_PEER_AS = 2;
  /** OPEN Message Error subcode 3. */
  public static final int BAD_BGP_IDENTIFIER = 3;
  /** OPEN Message Error subcode 4. */
  public static final int UNSUPPORTED_OPTIONAL_PARAMETER = 4;
  /** OPEN Message Error subcode 6. */
  public static final int UNACCEPTABLE_HOLD_TIME = 6;
  /** OPEN Message Error subcode 7 (RFC 5492). */
  public static final int UNSUPPORTED_CAPABILITY = 7;

  /** UPDATE Message Error subcode 1. */
  public static final int MALFORMED_ATTRIBUTE_LIST = 1;
  /** UPDATE Message Error subcode 2: data is the attribute. */
  public static final int UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE = 2;
  /** UPDATE Message Error subcode 3: data is the missing attribute's type code. */
  public static final int MISSING_WELL_KNOWN_ATTRIBUTE = 3;
  /** UPDATE Message Error subcode 4: data is the attribute. */
  public static final int ATTRIBUTE_FLAGS_ERROR = 4;
  /** UPDATE Message Error subcode 5: data is the attribute. */
  public static final int ATTRIBUTE_LENGTH_ERROR = 5;
  /** UPDATE Message Error subcode 6: data is the attribute. */
  public static final int INVALID_ORIGIN_ATTRIBUTE = 6;
  /** UPDATE Message Error subcode 8: data is the attribute. */
  public static final int INVALID_NEXT_HOP_ATTRIBUTE = 8;
  /** UPDATE Message Error subcode 9: data is the attribute. */
  public static final int OPTIONAL_ATTRIBUTE_ERROR = 9;
  /** UPDATE Message Error subcode 10. */
  public static final int INVALID_NETWORK_FIELD = 10;
  /** UPDATE Message Error subcode 11. */
  public static final int MALFORMED_AS_PATH = 11;

  /** FSM Error subcode 1 (RFC 6608): data is the type of the unexpected message. */
  public static final int UNEXPECTED_MESSAGE_IN_OPEN_SENT = 1;
  /** FSM Error subcode 2 (RFC 6608). */
  public static final int UNEXPECTED_MESSAGE_IN_OPEN_CONFIRM = 2;
  /** FSM Error subcode 3 (RFC 6608). */
  public static final int UNEXPECTED_MESSAGE_IN_ESTABLISHED = 3;

  /** Cease subcode 1 (RFC 4486): data is AFI (2), SAFI (1) and the prefix limit (4). */
  public static final int MAXIMUM_NUMBER_OF_PREFIXES_REACHED = 1;
  /** Cease subcode 2 (RFC 4486): data may be a shutdown communication (RFC 9003). */
  public static final int ADMINISTRATIVE_SHUTDOWN = 2;
  /** Cease subcode 3 (RFC 4486). */
  public static final int PEER_DE_CONFIGURED = 3;
  /** Cease subcode 4 (RFC 4486): data may be a shutdown communication (RFC 9003). */
  public static final int ADMINISTRATIVE_RESET = 4;
  /** Cease subcode 5 (RFC 4486). */
  public static final int CONNECTION_REJECTED = 5;
  /** Cease subcode 6 (RFC 4486). */
  public static final int OTHER_CONFIGURATION_CHANGE = 6;
  /** Cease subcode 7 (RFC 4486). */
  public static final int CONNECTION_COLLISION_RESOLUTION = 7;
  /** Cease subcode 8 (RFC 4486). */
  public static final int OUT_OF_RESOURCES = 8;
  /** Cease subcode 9 (RFC 8538). */
  public static final int HARD_RESET = 9;
  /** Cease subcode 10 (RFC 9384). */
  public static final int BFD_DOWN = 10;

  /** ROUTE-REFRESH Message Error subcode 1 (RFC 7313): data is the message. */
  public static final int INVALID_MESSAGE_LENGTH = 1;

  /** The longest shutdown communication in octets (RFC 9003). */
  public static final int MAX_SHUTDOWN_COMMUNICATION = 255;

  private static final String[] CODE_NAMES = {
      "Unknown", "Message Header Error", "OPEN Message Error", "UPDATE Message Error",
      "Hold Timer Expired", "Finite State Machine Error", "Cease", "ROUTE-REFRESH Message Error"};

  private static final String[][] SUBCODE_NAMES = {
      {},
      {"Unspecific", "Connection Not Synchronized", "Bad Message Length", "Bad Message Type"},
      {"Unspecific", "Unsupported Version Number", "Bad Peer AS", "Bad BGP Identifier",
          "Unsupported Optional Parameter", "Authentication Failure (deprecated)", "Unacceptable Hold Time",
          "Unsupported Capability"},
      {"Unspecific", "Malformed Attribute List", "Unrecognized Well-known Attribute",
          "Missing Well-known Attribute", "Attribute Flags Error", "Attribute Length Error",
          "Invalid ORIGIN Attribute", "AS Routing Loop (deprecated)", "Invalid NEXT_HOP Attribute",
          "Optional Attribute Error", "Invalid Network Field", "Malformed AS_PATH"},
      {"Unspecific"},
      {"Unspecific", "Receive Unexpected Message in OpenSent State",
          "Receive Unexpected Message in OpenConfirm State", "Receive Unexpected Message in Established State"},
      {"Unspecific", "Maximum Number of Prefixes Reached", "Administrative Shutdown", "Peer De-configured",
          "Administrative Reset", "Connection Rejected", "Other Configuration Change",
          "Connection Collision Resolution", "Out of Resources", "Hard Reset", "BFD Down"},
      {"Unspecific", "Invalid Message Length"}};

  public NotificationMessage {
    Objects.requireNonNull(data, "data");
    if (code < 0 || code > 0xFF || subcode < 0 || subcode > 0xFF) {
      throw new IllegalArgumentException("error code " + code + " and subcode " + subcode + " must be 0..255");
    }
    if (data.length() > MAX_LENGTH - HEADER_LENGTH - 2) {
      throw new IllegalArgumentException("NOTIFICATION data of " + data.length() + " octets does not fit in a message");
    }
  }

  /** A NOTIFICATION with no data. */
  public static NotificationMessage of(int code, int subcode) {
    return new NotificationMessage(code, subcode, Octets.EMPTY);
  }

  /**
   * A Cease with a shutdown communication (RFC 8203/9003): {@code subcode} is
   * {@link #ADMINISTRATIVE_SHUTDOWN} or {@link #ADMINISTRATIVE_RESET}. An empty text sends the
   * length octet 0; a text longer than 255 octets of UTF-8 is cut at a character boundary.
   */
  public static NotificationMessage cease(int subcode, String communication) {
    if (subcode != ADMINISTRATIVE_SHUTDOWN && subcode != ADMINISTRATIVE_RESET) {
      throw new IllegalArgumentException("only Administrative Shutdown (2) and Reset (4) carry a shutdown"
          + " communication, not Cease subcode " + subcode);
    }
    byte[] text = truncatedUtf8(communication, MAX_SHUTDOWN_COMMUNICATION);
    byte[] data = new byte[text.length + 1];
    data[0] = (byte) text.length;
    System.arraycopy(text, 0, data, 1, text.length);
    return new NotificationMessage(CEASE, subcode, new Octets(data));
  }

  /**
   * A Cease / Maximum Number of Prefixes Reached for IPv4 unicast with its RFC 4486 data: AFI 1,
   * SAFI 1 and {@code limit}, the upper bound that was passed.
   */
  public static NotificationMessage maximumPrefixes(long limit) {
    if (limit < 0 || limit > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("prefix limit " + limit + " is out of range 0..4294967295");
    }
    byte[] data = {0, 1, 1, (byte) (limit >>> 24), (byte) (limit >>> 16), (byte) (limit >>> 8), (byte) limit};
    return new NotificationMessage(CEASE, MAXIMUM_NUMBER_OF_PREFIXES_REACHED, new Octets(data));
  }

  private static byte[] truncatedUtf8(String text, int max) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= max) {
      return bytes;
    }
    int end = max;
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--; // never cut inside a multi-byte character
    }
    return Arrays.copyOf(bytes, end);
  }

  @Override
  public int type() {
    return NOTIFICATION;
  }

  /**
   * The shutdown communication of an Administrative Shutdown or Reset (RFC 9003 section 2): present
   * when the data is a length octet followed by exactly that many octets of valid UTF-8. Empty for
   * other codes, for no data, and for data that is not a well-formed communication.
   */
  public Optional<String> shutdownCommunication() {
    if (code != CEASE || (subcode != ADMINISTRATIVE_SHUTDOWN && subcode != ADMINISTRATIVE_RESET)
        || data.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes = data.bytes();
    int length = bytes[0] & 0xFF;
    if (length != bytes.length - 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 1, length))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The RFC name of {@code code}, such as {@code Cease}, or {@code error code N} for an unknown one. */
  public static String codeName(int code) {
    return code >= 1 && code < CODE_NAMES.length ? CODE_NAMES[code] : "error code " + code;
  }

  /** The RFC name of {@code subcode} under {@code code}, or {@code subcode N} for an unknown one. */
  public static String subcodeName(int code, int subcode) {
    if (code >= 1 && code < SUBCODE_NAMES.length && subcode >= 0 && subcode < SUBCODE_NAMES[code].length) {
      return SUBCODE_NAMES[code][subcode];
    }
    return "subcode " + subcode;
  }

  /**
   * For example {@code Cease / Administrative Shutdown "maintenance"} or
   * {@code UPDATE Message Error / Malformed AS_PATH}: the names, then the shutdown communication
   * when there is one.
   */
  public String describe() {
    String text = codeName(code) + " / " + subcodeName(code, subcode);
    Optional<String> communication = shutdownCommunication();
    return communication.isPresent() ? text + " \"" + communication.get() + "\"" : text;
  }

  @Override
  public String toString() {
    return "NOTIFICATION " + code + "/" + subcode + " (" + describe() + ")"
        + (data.isEmpty() ? "" : " data " + data);
  }
}
