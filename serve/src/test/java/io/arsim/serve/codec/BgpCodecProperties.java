package io.arsim.serve.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the codec: every valid message reads back as written, and any mutation of a valid
 * message either reads (and then writes and reads back to the same message) or fails with the
 * codec's own error carrying a NOTIFICATION code RFC 4271 (1..6) or RFC 7313 (7) defines.
 */
class BgpCodecProperties {

  record Case(Negotiated negotiated, BgpMessage message) {}

  record Mutation(Case original, int position, int value, int cut, boolean fixLength) {}

  @Provide
  Arbitrary<Case> validMessages() {
    return Messages.negotiations().flatMap(n -> Messages.messages(n).map(m -> new Case(n, m)));
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Combinators.combine(validMessages(), Arbitraries.integers().between(0, 4095),
            Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 4095), Arbitraries.of(true, false))
        .as(Mutation::new);
  }

  @Property(tries = 500)
  void validMessagesRoundTrip(@ForAll("validMessages") Case c) {
    byte[] bytes = BgpMessageWriter.toBytes(c.message(), c.negotiated());
    DecodedMessage decoded = BgpMessageReader.read(bytes, c.negotiated());
    assertThat(decoded.message()).isEqualTo(c.message());
    assertThat(decoded.attributeErrors()).isEmpty();
    assertThat(bytes.length).isBetween(19, 4096);
  }

  @Property(tries = 1000)
  void mutatedMessagesReadOrFailWithTheCodecsOwnError(@ForAll("mutations") Mutation m) {
    byte[] bytes = BgpMessageWriter.toBytes(m.original().message(), m.original().negotiated());
    bytes[m.position() % bytes.length] = (byte) m.value();
    if (m.cut() < bytes.length && m.cut() > 0) {
      bytes = Arrays.copyOf(bytes, Math.max(m.cut(), 1));
    }
    if (m.fixLength() && bytes.length >= 19) {
      bytes[16] = (byte) (bytes.length >>> 8);
      bytes[17] = (byte) bytes.length;
    }
    assertReadsOrFailsCleanly(bytes, m.original().negotiated());
  }

  /** The contract the fuzzing campaign checks too. */
  static void assertReadsOrFailsCleanly(byte[] bytes, Negotiated negotiated) {
    DecodedMessage decoded;
    try {
      decoded = BgpMessageReader.read(bytes, negotiated);
    } catch (BgpDecodeException e) {
      assertThat(e.notification().code()).isBetween(1, 7);
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    byte[] again = BgpMessageWriter.toBytes(decoded.message(), negotiated);
    assertThat(again.length).isLessThanOrEqualTo(4096);
    assertThat(BgpMessageReader.read(again, negotiated).message()).isEqualTo(decoded.message());
  }
}
