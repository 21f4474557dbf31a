package io.arsim.importer.arm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a template sees of the deployment it runs in: {@code subscription()}, {@code resourceGroup()},
 * {@code deployment()} and {@code tenant()}. arsim deploys nothing, so these are placeholders the
 * user may override; the defaults are documented on {@link #defaults()}.
 *
 * @param subscriptionId the subscription id in resource ids and {@code subscription()}
 * @param resourceGroup the resource group name in resource ids and {@code resourceGroup().name}
 * @param location {@code resourceGroup().location} (and {@code deployment().location})
 * @param deploymentName {@code deployment().name}; empty means the template file's name without extension
 * @param tenantId {@code subscription().tenantId} and {@code tenant().tenantId}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record DeploymentContext(
    String subscriptionId, String resourceGroup, String location, String deploymentName, String tenantId) {

  /** The placeholder subscription and tenant id: all zeros, which no real subscription has. */
  public static final String PLACEHOLDER_ID = "00000000-0000-0000-0000-000000000000";

  public DeploymentContext {
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(resourceGroup, "resourceGroup");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(deploymentName, "deploymentName");
    Objects.requireNonNull(tenantId, "tenantId");
  }

  /**
   * The placeholders: subscription and tenant {@value #PLACEHOLDER_ID}, resource group
   * {@code arsim-import}, location {@code westeurope}, deployment named after the template file.
   */
  public static DeploymentContext defaults() {
    return new DeploymentContext(PLACEHOLDER_ID, "arsim-import", "westeurope", "", PLACEHOLDER_ID);
  }

  /** The same context in another resource group (a nested deployment's {@code resourceGroup}). */
  public DeploymentContext inResourceGroup(String subscription, String group) {
    return new DeploymentContext(subscription, group, location, deploymentName, tenantId);
  }

  /** The same context with another deployment name (a nested deployment's own name). */
  public DeploymentContext named(String name) {
    return new DeploymentContext(subscriptionId, resourceGroup, location, name, tenantId);
  }
}
