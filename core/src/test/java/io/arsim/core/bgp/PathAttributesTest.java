package io.arsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.net.Ipv4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PathAttributesTest {

  private static final Ipv4Address NVA = Ipv4Address.parse("10.1.1.4");

  private static PathAttributes sample() {
    return PathAttributes.builder()
        .nextHop(NVA)
        .asPath(AsPath.parse("65001 65515"))
        .origin(Origin.INCOMPLETE)
        .med(50)
        .localPreference(200)
        .communities(Communities.of(Community.NO_EXPORT))
        .build();
  }

  @Test
  void builderDefaults() {
    PathAttributes attributes = PathAttributes.builder().nextHop(NVA).build();
    assertThat(attributes.asPath()).isEqualTo(AsPath.EMPTY);
    assertThat(attributes.origin()).isEqualTo(Origin.IGP);
    assertThat(attributes.hasMed()).isFalse();
    assertThat(attributes.med()).isZero();
    assertThat(attributes.localPreference()).isEqualTo(100);
    assertThat(attributes.communities()).isEqualTo(Communities.EMPTY);
  }

  @Test
  void builderNeedsNextHop() {
    assertThatThrownBy(() -> PathAttributes.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("next hop");
  }

  @Test
  void toBuilderRoundTripsAndChangesOneField() {
    PathAttributes attributes = sample();
    assertThat(attributes.toBuilder().build()).isEqualTo(attributes).isNotSameAs(attributes);
    PathAttributes changed = attributes.toBuilder().localPreference(300).build();
    assertThat(changed.localPreference()).isEqualTo(300);
    assertThat(changed).isNotEqualTo(attributes);
    assertThat(changed.toBuilder().localPreference(200).build()).isEqualTo(attributes);
    assertThat(attributes.toBuilder().addCommunity(Community.NO_ADVERTISE).build().communities())
        .isEqualTo(Communities.of(Community.NO_EXPORT, Community.NO_ADVERTISE));
  }

  @Test
  void medPresenceIsPartOfEquality() {
    PathAttributes withoutMed = PathAttributes.builder().nextHop(NVA).build();
    PathAttributes withZeroMed = PathAttributes.builder().nextHop(NVA).med(0).build();
    assertThat(withZeroMed.hasMed()).isTrue();
    assertThat(withZeroMed).isNotEqualTo(withoutMed);
    assertThat(withZeroMed.toBuilder().noMed().build()).isEqualTo(withoutMed);
    assertThat(withoutMed.medOr(4_294_967_295L)).isEqualTo(4_294_967_295L);
    assertThat(withZeroMed.medOr(4_294_967_295L)).isZero();
    assertThat(sample().medOr(0)).isEqualTo(50);
  }

  @Test
  void rejectsInvalidValues() {
    assertThatThrownBy(() -> PathAttributes.builder().nextHop(NVA).med(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MED -1");
    assertThatThrownBy(() -> PathAttributes.builder().nextHop(NVA).med(1L << 32).build())
        .hasMessageContaining("MED 4294967296");
    assertThatThrownBy(() -> PathAttributes.builder().nextHop(NVA).localPreference(-5).build())
        .hasMessageContaining("local preference -5");
    assertThatThrownBy(() -> new PathAttributes(AsPath.EMPTY, Origin.IGP, NVA, 7, false, 100, Communities.EMPTY))
        .hasMessageContaining("hasMed is false");
    assertThatThrownBy(() -> new PathAttributes(null, Origin.IGP, NVA, 0, false, 100, Communities.EMPTY))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("asPath");
    assertThatThrownBy(() -> new PathAttributes(AsPath.EMPTY, Origin.IGP, null, 0, false, 100, Communities.EMPTY))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("nextHop");
  }

  @Test
  void equalityCoversEveryField() {
    PathAttributes base = sample();
    List<PathAttributes> variants = List.of(
        base.toBuilder().asPath(AsPath.parse("65001")).build(),
        base.toBuilder().origin(Origin.IGP).build(),
        base.toBuilder().nextHop(Ipv4Address.parse("10.1.1.5")).build(),
        base.toBuilder().med(51).build(),
        base.toBuilder().noMed().build(),
        base.toBuilder().localPreference(100).build(),
        base.toBuilder().communities(Communities.EMPTY).build());
    for (PathAttributes variant : variants) {
      assertThat(variant).isNotEqualTo(base);
    }
    assertThat(sample()).isEqualTo(base).hasSameHashCodeAs(base);
  }

  @Test
  void toStringLooksLikeShowBgp() {
    assertThat(PathAttributes.builder().nextHop(NVA).asPath(AsPath.of(65001, 65515)).build())
        .hasToString("via 10.1.1.4 [65001 65515] i");
    assertThat(sample())
        .hasToString("via 10.1.1.4 [65001 65515] ? med 50 local-pref 200 communities 65535:65281");
  }

  @Test
  void internReturnsOneInstancePerValue() {
    PathAttributes first = sample().toBuilder().localPreference(4711).build();
    PathAttributes equal = sample().toBuilder().localPreference(4711).build();
    assertThat(equal).isEqualTo(first).isNotSameAs(first);
    PathAttributes canonical = PathAttributes.intern(first);
    assertThat(canonical).isSameAs(first);
    assertThat(PathAttributes.intern(equal)).isSameAs(first);
    PathAttributes other = sample().toBuilder().localPreference(4712).build();
    assertThat(PathAttributes.intern(other)).isSameAs(other);
  }

  @Test
  void internIsThreadSafe() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<PathAttributes>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          List<PathAttributes> interned = new ArrayList<>();
          for (int i = 0; i < 200; i++) {
            // a fresh, equal instance per thread and value
            interned.add(PathAttributes.intern(sample().toBuilder().med(100_000 + i).build()));
          }
          return interned;
        }));
      }
      start.countDown();
      List<List<PathAttributes>> all = new ArrayList<>();
      for (Future<List<PathAttributes>> result : results) {
        all.add(result.get());
      }
      for (int i = 0; i < 200; i++) {
        Set<PathAttributes> identities = ConcurrentHashMap.newKeySet();
        for (List<PathAttributes> perThread : all) {
          identities.add(perThread.get(i));
        }
        // equal values: a Set by equality has one element; check identity too
        PathAttributes reference = all.get(0).get(i);
        for (List<PathAttributes> perThread : all) {
          assertThat(perThread.get(i)).isSameAs(reference);
        }
        assertThat(identities).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
