package io.arsim.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/** A lint rule. Implementations are stateless and pure: same context, same findings. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface LintRule {

  /** A unique kebab-case id, e.g. {@code missing-as-override}. */
  String id();

  /** One sentence for help and docs. */
  String description();

  /** The findings for {@code context}, empty when the design passes. */
  List<Finding> check(LintContext context);
}
