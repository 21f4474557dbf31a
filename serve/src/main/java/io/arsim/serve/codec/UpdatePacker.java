package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Packs withdrawals and announcements into as few UPDATEs as fit in 4096 octets each (RFC 4271
 * section 4.3): prefixes are added in the order given until the next would not fit.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class UpdatePacker {

  /** Header, Withdrawn Routes Length and Total Path Attribute Length. */
  private static final int FIXED = BgpMessage.HEADER_LENGTH + 2 + 2;

  private UpdatePacker() {}

  /** UPDATEs withdrawing {@code prefixes}, in order. */
  public static List<UpdateMessage> withdrawals(Collection<Ipv4Prefix> prefixes) {
    List<UpdateMessage> updates = new ArrayList<>();
    for (List<Ipv4Prefix> chunk : chunks(prefixes, BgpMessage.MAX_LENGTH - FIXED)) {
      updates.add(UpdateMessage.withdraw(chunk));
    }
    return updates;
  }

  /**
   * UPDATEs announcing {@code prefixes} with {@code attributes}, in order.
   *
   * @throws IllegalArgumentException when the attributes alone leave no room for a prefix
   */
  public static List<UpdateMessage> announcements(List<PathAttribute> attributes, Collection<Ipv4Prefix> prefixes,
      Negotiated negotiated) {
    int room = BgpMessage.MAX_LENGTH - FIXED - attributesLength(attributes, negotiated);
    if (room < 5) {
      throw new IllegalArgumentException("the path attributes take " + (BgpMessage.MAX_LENGTH - FIXED - room)
          + " octets and leave no room for a prefix in a 4096-octet UPDATE");
    }
    List<UpdateMessage> updates = new ArrayList<>();
    for (List<Ipv4Prefix> chunk : chunks(prefixes, room)) {
      updates.add(new UpdateMessage(List.of(), attributes, chunk));
    }
    return updates;
  }

  /** The octets {@code attributes} take in an UPDATE. */
  public static int attributesLength(List<PathAttribute> attributes, Negotiated negotiated) {
    ByteBuf buffer = Unpooled.buffer(64);
    for (PathAttribute attribute : attributes) {
      BgpMessageWriter.writeAttribute(attribute, negotiated, buffer);
    }
    return buffer.readableBytes();
  }

  private static List<List<Ipv4Prefix>> chunks(Collection<Ipv4Prefix> prefixes, int room) {
    List<List<Ipv4Prefix>> chunks = new ArrayList<>();
    List<Ipv4Prefix> current = new ArrayList<>();
    int used = 0;
    for (Ipv4Prefix prefix : prefixes) {
      int size = BgpMessageWriter.prefixLength(prefix);
      if (used + size > room) {
        chunks.add(current);
        current = new ArrayList<>();
        used = 0;
      }
      current.add(prefix);
      used += size;
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }
}
