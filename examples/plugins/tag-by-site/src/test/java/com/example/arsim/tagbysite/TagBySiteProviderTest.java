package com.example.arsim.tagbysite;

import static io.arsim.policy.testkit.Routes.route;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.testkit.PolicyTestKit;
import io.arsim.policy.testkit.Speakers;
import org.junit.jupiter.api.Test;

class TagBySiteProviderTest {

  /** Found by id through META-INF/services, exactly as arsim finds it. */
  private final PolicyTestKit kit = PolicyTestKit.forId("acme.tag-by-site")
      .exporting().from("nva1", 65001, "10.1.1.4").to(Speakers.routeServer("rs-hub/IN_0", "10.0.255.4"));

  @Test
  void tagsEveryRouteWithoutPrefixes() {
    BgpRoute out = kit.config("community: \"65001:100\"")
        .apply(route("192.168.0.0/16").asPath("65050").communities("65050:1")).assertAccepted();
    assertEquals("65001:100 65050:1", out.attributes().communities().toString());
  }

  @Test
  void tagsOnlyRoutesInsideThePrefixes() {
    PolicyTestKit site = kit.config("{community: \"65001:100\", prefixes: [10.1.0.0/16]}");
    assertEquals("65001:100", site.apply(route("10.1.2.0/24")).assertAccepted().attributes().communities().toString());
    site.apply(route("10.2.0.0/16")).assertUnchanged();
  }

  @Test
  void configErrorsSayWhatIsExpected() {
    assertTrue(kit.config("").configError().contains("`community` is missing"));
    assertTrue(kit.config("community: no-export").configError().contains("well-known community"));
    assertTrue(kit.config("community: \"65001:100\"\nprefix: [10.0.0.0/8]").configError()
        .contains("did you mean `prefixes`?"));
    assertTrue(kit.config("community: \"65001:100\"\nprefixes: [10.0.0.1/8]").configError()
        .contains("host bits set"));
  }
}
