package io.arsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import org.junit.jupiter.api.Test;

class BgpRouteTest {

  private static final Ipv4Prefix PREFIX = Ipv4Prefix.parse("10.0.0.0/16");

  private static BgpRoute route() {
    return BgpRoute.builder()
        .prefix(PREFIX)
        .receivedFrom("nva1")
        .nextHop(Ipv4Address.parse("10.1.1.4"))
        .asPath(AsPath.parse("65001 65515"))
        .build();
  }

  @Test
  void toStringLooksLikeShowBgp() {
    assertThat(route()).hasToString("10.0.0.0/16 via 10.1.1.4 [65001 65515] i from nva1");
    assertThat(route().toBuilder().med(10).receivedFrom(BgpRoute.LOCAL).build())
        .hasToString("10.0.0.0/16 via 10.1.1.4 [65001 65515] i med 10 from local");
  }

  @Test
  void builderDefaultsToLocal() {
    BgpRoute local = BgpRoute.builder().prefix(PREFIX).nextHop(Ipv4Address.parse("0.0.0.0")).build();
    assertThat(local.receivedFrom()).isEqualTo("local");
    assertThat(local.isLocal()).isTrue();
    assertThat(route().isLocal()).isFalse();
    assertThat(local.attributes().asPath()).isEqualTo(AsPath.EMPTY);
  }

  @Test
  void builderNeedsPrefixAndNextHop() {
    assertThatThrownBy(() -> BgpRoute.builder().nextHop(Ipv4Address.parse("10.1.1.4")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("prefix");
    assertThatThrownBy(() -> BgpRoute.builder().prefix(PREFIX).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("next hop");
  }

  @Test
  void rejectsBlankOrPaddedPeerName() {
    PathAttributes attributes = route().attributes();
    assertThatThrownBy(() -> new BgpRoute(PREFIX, "", attributes))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.0/16");
    assertThatThrownBy(() -> new BgpRoute(PREFIX, " nva1", attributes))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\" nva1\"");
    assertThatThrownBy(() -> new BgpRoute(PREFIX, "nva1", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("attributes");
  }

  @Test
  void toBuilderChangesOneAttributeAndKeepsTheRest() {
    BgpRoute route = route();
    BgpRoute preferred = route.toBuilder().localPreference(200).build();
    assertThat(preferred.attributes().localPreference()).isEqualTo(200);
    assertThat(preferred.prefix()).isEqualTo(route.prefix());
    assertThat(preferred.receivedFrom()).isEqualTo("nva1");
    assertThat(preferred.attributes().asPath()).isEqualTo(route.attributes().asPath());
    assertThat(route.toBuilder().build()).isEqualTo(route);
    assertThat(route.attributes().localPreference()).isEqualTo(100); // unchanged
  }

  @Test
  void withAttributesSharesTheInstance() {
    PathAttributes shared = PathAttributes.intern(route().attributes().toBuilder().origin(Origin.EGP).build());
    BgpRoute a = route().withAttributes(shared);
    BgpRoute b = route().toBuilder().prefix(Ipv4Prefix.parse("10.2.0.0/16")).build().withAttributes(shared);
    assertThat(a.attributes()).isSameAs(b.attributes());
    assertThat(a.prefix()).isEqualTo(PREFIX);
    assertThat(a.receivedFrom()).isEqualTo("nva1");
  }

  @Test
  void equalityCoversIdentityAndAttributes() {
    BgpRoute route = route();
    assertThat(route()).isEqualTo(route).hasSameHashCodeAs(route);
    assertThat(route.toBuilder().receivedFrom("nva2").build()).isNotEqualTo(route);
    assertThat(route.toBuilder().prefix(Ipv4Prefix.parse("10.0.0.0/17")).build()).isNotEqualTo(route);
    assertThat(route.toBuilder().origin(Origin.INCOMPLETE).build()).isNotEqualTo(route);
  }
}
