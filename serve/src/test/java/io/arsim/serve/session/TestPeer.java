package io.arsim.serve.session;

import io.arsim.serve.codec.BgpFrameDecoder;
import io.arsim.serve.codec.BgpMessage;
import io.arsim.serve.codec.BgpMessageReader;
import io.arsim.serve.codec.BgpMessageWriter;
import io.arsim.serve.codec.DecodedMessage;
import io.arsim.serve.codec.Negotiated;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The far end of one session in an {@link EmbeddedChannel}: writes messages into the session,
 * reads what it sent, and moves the channel's clock (no sleeping: Netty's embedded event loop
 * runs the timers when its time is advanced).
 */
final class TestPeer {

  final EmbeddedChannel channel;
  private final Negotiated negotiated;

  TestPeer(Speaker speaker, String remoteAddress, Negotiated negotiated) {
    this.negotiated = negotiated;
    this.channel = new AddressedChannel(new InetSocketAddress(remoteAddress, 40179));
    channel.pipeline().addLast(new BgpFrameDecoder(), speaker.newSession());
    try {
      channel.register();
      channel.freezeTime(); // the timers started on connect are microseconds of real time ahead
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code message} as the peer would send it. */
  void send(BgpMessage message) {
    channel.writeInbound(Unpooled.wrappedBuffer(BgpMessageWriter.toBytes(message, negotiated)));
  }

  /** Writes raw octets. */
  void sendBytes(byte[] bytes) {
    channel.writeInbound(Unpooled.wrappedBuffer(bytes));
  }

  /** Every message the session sent since the last call, read as this peer would. */
  List<BgpMessage> received() {
    List<BgpMessage> messages = new ArrayList<>();
    for (DecodedMessage decoded : receivedDecoded()) {
      messages.add(decoded.message());
    }
    return messages;
  }

  List<DecodedMessage> receivedDecoded() {
    List<DecodedMessage> messages = new ArrayList<>();
    ByteBuf buffer;
    while ((buffer = channel.readOutbound()) != null) {
      try {
        messages.add(BgpMessageReader.read(buffer, negotiated));
      } finally {
        buffer.release();
      }
    }
    return messages;
  }

  /** Moves the session's clock forward and runs the timers that fall due. */
  void advance(long seconds) {
    for (long s = 0; s < seconds; s++) {
      channel.advanceTimeBy(1, TimeUnit.SECONDS);
      channel.runScheduledPendingTasks();
      channel.runPendingTasks();
    }
  }

  boolean isOpen() {
    channel.runPendingTasks();
    return channel.isOpen();
  }

  /** An embedded channel that reports a remote address, as an accepted TCP connection does. */
  private static final class AddressedChannel extends EmbeddedChannel {
    private final SocketAddress remote;

    AddressedChannel(SocketAddress remote) {
      super(false, true);
      this.remote = remote;
    }

    @Override
    protected SocketAddress remoteAddress0() {
      return remote;
    }
  }
}
