package io.arsim.cli;

import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.policy.catalog.ConfiguredPolicy;
import java.util.Map;

/** Creates the policy instances a topology configures, by instance name (reporting bad configs). */
@FunctionalInterface
interface PolicyInstantiator {

  /**
   * @throws io.arsim.core.topology.TopologyException listing every unknown type and bad config
   */
  Map<String, ConfiguredPolicy> instantiate(LoadedTopology loaded);
}
