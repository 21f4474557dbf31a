package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Cuts the TCP byte stream into BGP messages by the header's marker and length (RFC 4271 section
 * 4.1) and passes each on as a {@link ByteBuf} holding exactly one message, header included, for
 * {@link BgpMessageReader}. A bad marker or a length outside 19..4096 raises
 * {@link BgpDecodeException} (Netty wraps it in a {@code DecoderException}); after that the decoder
 * drops whatever else arrives, since the session is being reset.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class BgpFrameDecoder extends ByteToMessageDecoder {

  private boolean failed;

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    while (in.readableBytes() >= BgpMessage.HEADER_LENGTH) {
      int start = in.readerIndex();
      int length = in.getUnsignedShort(start + 16);
      try {
        BgpMessageReader.checkMarker(in, start);
        BgpMessageReader.checkLengthField(length);
      } catch (BgpDecodeException e) {
        failed = true;
        in.skipBytes(in.readableBytes());
        throw e;
      }
      if (in.readableBytes() < length) {
        return;
      }
      out.add(in.readRetainedSlice(length));
    }
  }
}
