package io.arsim.importer.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What {@code environment()} returns: the public Azure cloud's endpoints ("Deployment functions for
 * ARM templates", environment). arsim always evaluates as the public cloud.
 */
final class AzureCloud {
  static final ObjectNode ENVIRONMENT = build();

  private AzureCloud() {}

  private static ObjectNode build() {
    ObjectNode env = Values.JSON.objectNode();
    env.put("name", "AzureCloud");
    env.put("gallery", "https://gallery.azure.com/");
    env.put("graph", "https://graph.windows.net/");
    env.put("portal", "https://portal.azure.com");
    env.put("graphAudience", "https://graph.windows.net/");
    env.put("activeDirectoryDataLake", "https://datalake.azure.net/");
    env.put("batch", "https://batch.core.windows.net/");
    env.put("media", "https://rest.media.azure.net");
    env.put("sqlManagement", "https://management.core.windows.net:8443/");
    env.put("resourceManager", "https://management.azure.com/");
    ObjectNode authentication = env.putObject("authentication");
    authentication.put("loginEndpoint", "https://login.microsoftonline.com/");
    authentication.putArray("audiences").add("https://management.core.windows.net/").add("https://management.azure.com/");
    authentication.put("tenant", "common");
    authentication.put("identityProvider", "AAD");
    ObjectNode suffixes = env.putObject("suffixes");
    suffixes.put("acrLoginServer", ".azurecr.io");
    suffixes.put("azureDatalakeAnalyticsCatalogAndJob", "azuredatalakeanalytics.net");
    suffixes.put("azureDatalakeStoreFileSystem", "azuredatalakestore.net");
    suffixes.put("azureFrontDoorEndpointSuffix", "azurefd.net");
    suffixes.put("keyvaultDns", ".vault.azure.net");
    suffixes.put("sqlServerHostname", ".database.windows.net");
    suffixes.put("storage", "core.windows.net");
    return env;
  }
}
