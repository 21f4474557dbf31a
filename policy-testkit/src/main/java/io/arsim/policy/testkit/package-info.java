/**
 * A test kit for routing-policy plugin authors: run a {@link io.arsim.policy.spi.PolicyProvider}
 * with a config written as YAML or JSON (bound exactly as arsim binds a topology file's
 * {@code config}) or as a record, against routes and sessions built fluently, and check the
 * outcome — without the engine, Guice or a topology. Works with any test framework: failed
 * expectations throw {@link java.lang.AssertionError}.
 *
 * <pre>{@code
 * PolicyOutcome outcome = PolicyTestKit.forProvider(new TagBySiteProvider())
 *     .config("community: \"65001:100\"")
 *     .exporting().from("nva1", 65001, "10.1.1.4").to(Speakers.routeServer("rs/IN_0", "10.0.255.4"))
 *     .apply(Routes.route("10.0.0.0/16").asPath("65050"));
 * BgpRoute sent = outcome.assertAccepted();
 * }</pre>
 */
@NullMarked
package io.arsim.policy.testkit;

import org.jspecify.annotations.NullMarked;
