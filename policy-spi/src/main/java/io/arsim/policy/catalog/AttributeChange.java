package io.arsim.policy.catalog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.PathAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One path attribute a policy changed, as text: what {@code arsim explain} and the test kit show.
 *
 * @param attribute {@code AS path}, {@code local preference}, {@code MED}, {@code communities},
 *     {@code next hop} or {@code origin}
 * @param before the value the policy got ({@code none} for an absent MED or no communities)
 * @param after the value it left
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AttributeChange(String attribute, String before, String after) {

  public AttributeChange {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** The attributes that differ between {@code before} and {@code after}, in a fixed order; empty when none. */
  public static List<AttributeChange> between(PathAttributes before, PathAttributes after) {
    if (before.equals(after)) {
      return List.of();
    }
    List<AttributeChange> changes = new ArrayList<>();
    if (!before.asPath().equals(after.asPath())) {
      changes.add(new AttributeChange("AS path", "[" + before.asPath() + "]", "[" + after.asPath() + "]"));
    }
    if (before.localPreference() != after.localPreference()) {
      changes.add(new AttributeChange("local preference", Long.toString(before.localPreference()),
          Long.toString(after.localPreference())));
    }
    if (before.hasMed() != after.hasMed() || before.med() != after.med()) {
      changes.add(new AttributeChange("MED", med(before), med(after)));
    }
    if (!before.communities().equals(after.communities())) {
      changes.add(new AttributeChange("communities", communities(before), communities(after)));
    }
    if (!before.nextHop().equals(after.nextHop())) {
      changes.add(new AttributeChange("next hop", before.nextHop().toString(), after.nextHop().toString()));
    }
    if (before.origin() != after.origin()) {
      changes.add(new AttributeChange("origin", before.origin().toString(), after.origin().toString()));
    }
    return List.copyOf(changes);
  }

  private static String med(PathAttributes a) {
    return a.hasMed() ? Long.toString(a.med()) : "none";
  }

  private static String communities(PathAttributes a) {
    return a.communities().isEmpty() ? "none" : a.communities().toString();
  }

  /** {@code AS path [65002] -> [65002 65002 65002]}. */
  @Override
  public String toString() {
    return attribute + " " + before + " -> " + after;
  }
}
