package io.arsim.serve.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UPDATEs filled up to, never past, RFC 4271's 4096 octets. */
class UpdatePackerTest {

  private static final List<PathAttribute> ATTRIBUTES = List.of(
      new PathAttribute.OriginAttribute(Origin.IGP),
      new PathAttribute.AsPathAttribute(AsPath.of(65515, 65001)),
      new PathAttribute.NextHopAttribute(Ipv4Address.parse("10.0.1.4")));

  private static List<Ipv4Prefix> slash24s(int count) {
    List<Ipv4Prefix> prefixes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      prefixes.add(new Ipv4Prefix(0x0A000000 | i << 8, 24));
    }
    return prefixes;
  }

  @Test
  void announcementsFillEachMessageToTheLimit() {
    List<Ipv4Prefix> prefixes = slash24s(4000);
    List<UpdateMessage> updates = UpdatePacker.announcements(ATTRIBUTES, prefixes, Negotiated.FOUR_OCTET_EXTERNAL);
    // attributes take 4 + 13 + 7 = 24 octets; 4096 - 23 - 24 = 4049 octets of NLRI = 1012 /24s (4 octets each)
    assertThat(updates).hasSize(4);
    assertThat(updates.get(0).nlri()).hasSize(1012);
    List<Ipv4Prefix> all = new ArrayList<>();
    for (UpdateMessage update : updates) {
      assertThat(BgpMessageWriter.toBytes(update, Negotiated.FOUR_OCTET_EXTERNAL).length).isLessThanOrEqualTo(4096);
      assertThat(update.attributes()).isEqualTo(ATTRIBUTES);
      all.addAll(update.nlri());
    }
    assertThat(all).isEqualTo(prefixes);
  }

  @Test
  void withdrawalsFillEachMessageToTheLimit() {
    List<UpdateMessage> updates = UpdatePacker.withdrawals(slash24s(1019));
    // 4096 - 23 = 4073 octets = 1018 /24s
    assertThat(updates).extracting(u -> u.withdrawn().size()).containsExactly(1018, 1);
    assertThat(BgpMessageWriter.toBytes(updates.get(0), Negotiated.FOUR_OCTET_EXTERNAL)).hasSize(4095);
  }

  @Test
  void attributesThatLeaveNoRoomAreRefused() {
    List<Community> many = new ArrayList<>();
    for (int i = 0; i < 1020; i++) {
      many.add(new Community(i));
    }
    List<PathAttribute> huge = new ArrayList<>(ATTRIBUTES);
    huge.add(new PathAttribute.CommunitiesAttribute(many));
    assertThatThrownBy(() -> UpdatePacker.announcements(huge, slash24s(1), Negotiated.FOUR_OCTET_EXTERNAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no room");
  }

  @Test
  void nothingToSendIsNoMessage() {
    assertThat(UpdatePacker.withdrawals(List.of())).isEmpty();
    assertThat(UpdatePacker.announcements(ATTRIBUTES, List.of(), Negotiated.FOUR_OCTET_EXTERNAL)).isEmpty();
  }
}
