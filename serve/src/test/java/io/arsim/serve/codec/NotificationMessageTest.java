package io.arsim.serve.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Names, RFC 4486 data and RFC 8203/9003 shutdown communications. */
class NotificationMessageTest {

  @Test
  void namesEveryCodeAndSubcodeOfRfc4271Section4Point5() {
    assertThat(NotificationMessage.of(1, 1).describe()).isEqualTo("Message Header Error / Connection Not Synchronized");
    assertThat(NotificationMessage.of(2, 6).describe()).isEqualTo("OPEN Message Error / Unacceptable Hold Time");
    assertThat(NotificationMessage.of(3, 11).describe()).isEqualTo("UPDATE Message Error / Malformed AS_PATH");
    assertThat(NotificationMessage.of(4, 0).describe()).isEqualTo("Hold Timer Expired / Unspecific");
    assertThat(NotificationMessage.of(5, 3).describe())
        .isEqualTo("Finite State Machine Error / Receive Unexpected Message in Established State");
    assertThat(NotificationMessage.of(6, 1).describe()).isEqualTo("Cease / Maximum Number of Prefixes Reached");
    assertThat(NotificationMessage.of(6, 10).describe()).isEqualTo("Cease / BFD Down");
    assertThat(NotificationMessage.of(7, 1).describe()).isEqualTo("ROUTE-REFRESH Message Error / Invalid Message Length");
    assertThat(NotificationMessage.of(9, 9).describe()).isEqualTo("error code 9 / subcode 9");
  }

  @Test
  void maximumPrefixesCarriesAfiSafiAndTheLimit() {
    // RFC 4486 section 4: AFI (2 octets), SAFI (1), prefix upper bound (4).
    assertThat(NotificationMessage.maximumPrefixes(4000).data()).isEqualTo(new Octets(Wire.hex("0001 01 00000fa0")));
  }

  @Test
  void shutdownCommunicationIsALengthOctetAndUtf8() {
    NotificationMessage cease = NotificationMessage.cease(NotificationMessage.ADMINISTRATIVE_SHUTDOWN, "Ünïcode ok");
    byte[] text = "Ünïcode ok".getBytes(StandardCharsets.UTF_8);
    assertThat(cease.data().get(0)).isEqualTo(text.length);
    assertThat(cease.shutdownCommunication()).contains("Ünïcode ok");
  }

  @Test
  void communicationLongerThan255OctetsIsCutAtACharacterBoundary() {
    String text = "é".repeat(200); // 400 octets
    NotificationMessage cease = NotificationMessage.cease(NotificationMessage.ADMINISTRATIVE_RESET, text);
    assertThat(cease.data().get(0)).isEqualTo(254);
    assertThat(cease.shutdownCommunication()).contains("é".repeat(127));
  }

  @Test
  void malformedCommunicationIsNotShown() {
    NotificationMessage wrongLength = new NotificationMessage(6, 2, Octets.of((byte) 5, (byte) 'a'));
    NotificationMessage badUtf8 = new NotificationMessage(6, 2, Octets.of((byte) 1, (byte) 0xC3));
    assertThat(wrongLength.shutdownCommunication()).isEmpty();
    assertThat(badUtf8.shutdownCommunication()).isEmpty();
    assertThat(NotificationMessage.of(6, 2).shutdownCommunication()).isEmpty();
  }

  @Test
  void onlyShutdownAndResetCarryACommunication() {
    assertThatThrownBy(() -> NotificationMessage.cease(NotificationMessage.PEER_DE_CONFIGURED, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
