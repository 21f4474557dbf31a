package io.arsim.serve.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Framing by marker and length (RFC 4271 section 4.1) over a byte stream cut anywhere. */
class BgpFrameDecoderTest {

  @Test
  void messagesSplitAndJoinedAnyhowComeOutWhole() {
    byte[] keepalive = Wire.message(4, "");
    byte[] refresh = Wire.message(5, "0001 00 01");
    byte[] stream = new byte[keepalive.length + refresh.length + keepalive.length];
    System.arraycopy(keepalive, 0, stream, 0, 19);
    System.arraycopy(refresh, 0, stream, 19, 23);
    System.arraycopy(keepalive, 0, stream, 42, 19);
    EmbeddedChannel channel = new EmbeddedChannel(new BgpFrameDecoder());
    for (int cut : new int[] {7, 20, 25, 42, 61}) {
      int from = cut == 7 ? 0 : (cut == 20 ? 7 : cut == 25 ? 20 : cut == 42 ? 25 : 42);
      channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(stream, from, cut)));
    }
    assertThat(frame(channel)).isEqualTo(keepalive);
    assertThat(frame(channel)).isEqualTo(refresh);
    assertThat(frame(channel)).isEqualTo(keepalive);
    assertThat(channel.inboundMessages()).isEmpty();
  }

  private static byte[] frame(EmbeddedChannel channel) {
    ByteBuf buf = channel.readInbound();
    byte[] bytes = new byte[buf.readableBytes()];
    buf.readBytes(bytes);
    buf.release();
    return bytes;
  }

  @Test
  void aBadMarkerFailsOnceAndTheRestIsDropped() {
    byte[] bad = Wire.message(4, "");
    bad[3] = 0;
    EmbeddedChannel channel = new EmbeddedChannel(new BgpFrameDecoder());
    Throwable thrown = catchThrowable(() -> channel.writeInbound(Unpooled.wrappedBuffer(bad)));
    assertThat(thrown).isInstanceOf(DecoderException.class).hasCauseInstanceOf(BgpDecodeException.class);
    assertThat(((BgpDecodeException) thrown.getCause()).notification()).isEqualTo(NotificationMessage.of(1, 1));
    channel.writeInbound(Unpooled.wrappedBuffer(Wire.message(4, "")));
    assertThat(channel.inboundMessages()).isEmpty();
  }

  @Test
  void aLengthPast4096FailsBeforeWaitingForTheBytes() {
    byte[] header = Wire.hex("ffffffffffffffffffffffffffffffff 1001 02");
    EmbeddedChannel channel = new EmbeddedChannel(new BgpFrameDecoder());
    Throwable thrown = catchThrowable(() -> channel.writeInbound(Unpooled.wrappedBuffer(header)));
    assertThat(((BgpDecodeException) thrown.getCause()).notification().subcode()).isEqualTo(2);
  }
}
