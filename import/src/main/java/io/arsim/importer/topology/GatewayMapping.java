package io.arsim.importer.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.HealthProbe;
import io.arsim.core.topology.LoadBalancer;
import io.arsim.core.topology.LoadBalancerFrontend;
import io.arsim.core.topology.LoadBalancerProtocol;
import io.arsim.core.topology.LoadBalancingRule;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.SubnetRef;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.AzureResource;
import io.arsim.importer.inventory.ImportNote;
import io.arsim.importer.inventory.ResourceIds;
import io.arsim.importer.inventory.ResourceTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps gateways, connections, circuits, local network gateways and load balancers of an inventory:
 *
 * <ul>
 *   <li>{@code virtualNetworkGateways} of {@code gatewayType} ExpressRoute → {@code expressRouteGateways}
 *       (name, VNet of its GatewaySubnet, SKU, instance addresses from {@code bgpSettings}); of type Vpn →
 *       {@code vpnGateways} (active-active, BGP on/off, ASN, instance addresses);
 *   <li>{@code expressRouteCircuits} with their {@code AzurePrivatePeering} → {@code expressRouteCircuits}
 *       (SKU tier, peering location, the two /30s); the connected gateways come from the connections;
 *       the peering's {@code peerASN} becomes an on-premises site {@code <circuit>-onprem} whose prefixes
 *       Azure does not know (a note says so);
 *   <li>{@code connections}: ExpressRoute → the circuit's {@code gateways}; IPsec (site-to-site) with a
 *       {@code localNetworkGateway2} → a {@code vpnConnections} entry of the site made from the local
 *       network gateway (BGP on/off, its BGP address), the site's prefixes from its
 *       {@code localNetworkAddressSpace}; Vnet2Vnet → {@code vnetToVnetConnections} on the first gateway
 *       (Azure declares each direction; arsim wants one);
 *   <li>internal {@code loadBalancers}: frontend, backend pool NICs (from the pool's
 *       {@code backendIPConfigurations}, the NICs' {@code loadBalancerBackendAddressPools}, or the
 *       pool's {@code loadBalancerBackendAddresses}), rules, first probe.
 * </ul>
 *
 * <p>What cannot be mapped is a warning or note naming the resource, never dropped silently.
 */
final class GatewayMapping {
  static final String ER_GATEWAYS = "expressRouteGateways";
  static final String ER_CIRCUITS = "expressRouteCircuits";
  static final String VPN_GATEWAYS = "vpnGateways";
  static final String SITES = "onPremisesSites";
  private static final List<String> ER_SKUS = List.of("Standard", "HighPerformance", "UltraPerformance", "ErGw1AZ",
      "ErGw2AZ", "ErGw3AZ", "ErGwScale");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Where the mapping reports. */
  interface Sink {
    void source(String path, AzureResource resource);

    void note(ImportNote note);

    void warning(AzureResource resource, String path, String code, String message, String fix);

    void error(AzureResource resource, String path, String code, String message, String fix);
  }

  private final AzureInventory inventory;
  private final Map<String, String> vnetNames;
  private final Sink sink;
  private final Map<String, ObjectNode> erGateways = new LinkedHashMap<>();
  private final Map<String, ObjectNode> vpnGateways = new LinkedHashMap<>();
  private final Map<String, ObjectNode> circuits = new LinkedHashMap<>();
  private final Map<String, ObjectNode> sites = new LinkedHashMap<>();

  GatewayMapping(AzureInventory inventory, Map<String, String> vnetNames, Sink sink) {
    this.inventory = inventory;
    this.vnetNames = vnetNames;
    this.sink = sink;
  }

  /** The extension entries, by kind. */
  Map<String, List<ObjectNode>> map() {
    gateways();
    circuits();
    localNetworkGateways();
    connections();
    Map<String, List<ObjectNode>> out = new TreeMap<>();
    put(out, ER_GATEWAYS, erGateways);
    put(out, ER_CIRCUITS, circuits);
    put(out, VPN_GATEWAYS, vpnGateways);
    put(out, SITES, sites);
    return out;
  }

  private static void put(Map<String, List<ObjectNode>> out, String kind, Map<String, ObjectNode> entries) {
    if (!entries.isEmpty()) {
      out.put(kind, List.copyOf(entries.values()));
    }
  }

  // ---- gateways -----------------------------------------------------------------------------

  private void gateways() {
    for (AzureResource gw : inventory.ofType(ResourceTypes.VIRTUAL_NETWORK_GATEWAY)) {
      String type = gw.text("/gatewayType");
      String subnetId = "";
      for (JsonNode config : gw.property("/ipConfigurations")) {
        String id = config.path("properties").path("subnet").path("id").asText("");
        if (!id.isEmpty()) {
          subnetId = id;
          break;
        }
      }
      String vnet = vnetNames.get(ResourceIds.key(ResourceIds.parent(subnetId)));
      boolean er = type.equalsIgnoreCase("ExpressRoute");
      boolean vpn = type.equalsIgnoreCase("Vpn");
      String kind = er ? ER_GATEWAYS : VPN_GATEWAYS;
      String path = "extensions." + kind + "[" + gw.name() + "]";
      if (!er && !vpn) {
        sink.note(new ImportNote("not-mapped", "not mapped: virtual network gateway '" + gw.name() + "' ("
            + gw.id() + ") has gatewayType '" + type + "'; arsim models ExpressRoute and Vpn gateways",
            gw.origin()));
        continue;
      }
      if (vnet == null) {
        sink.warning(gw, path, "unresolved-reference", (er ? "ExpressRoute" : "VPN") + " gateway " + gw.name()
            + " is in subnet " + (subnetId.isEmpty() ? "(none)" : subnetId) + ", which is not a GatewaySubnet"
            + " among the imported virtual networks; left out", "import its VNet as well");
        continue;
      }
      ObjectNode entry = JSON.objectNode();
      entry.put("name", gw.name());
      entry.put("virtualNetwork", vnet);
      List<String> addresses = instanceAddresses(gw, subnetId, path);
      if (er) {
        String sku = gw.text("/sku/name").isEmpty() ? gw.sku().path("name").asText("") : gw.text("/sku/name");
        String known = ER_SKUS.stream().filter(s -> s.equalsIgnoreCase(sku)).findFirst().orElse("");
        if (!sku.isEmpty() && known.isEmpty()) {
          sink.warning(gw, path + ".sku", "unsupported-value", "ExpressRoute gateway " + gw.name() + " has SKU '"
              + sku + "', which arsim does not know; written as Standard", "use one of " + String.join(", ", ER_SKUS));
        }
        entry.put("sku", known.isEmpty() ? "Standard" : known);
        if (addresses.size() == 2) {
          addresses.forEach(entry.putArray("bgpPeeringAddresses")::add);
        }
        erGateways.put(ResourceIds.key(gw.id()), entry);
      } else {
        boolean activeActive = flag(gw, "activeActive", false);
        if (activeActive) {
          entry.put("activeActive", true);
        }
        JsonNode asn = gw.property("/bgpSettings/asn");
        if (asn.canConvertToLong() && asn.asLong() != 65515) {
          entry.put("asn", asn.asLong());
        }
        if (!flag(gw, "enableBgp", true)) {
          entry.put("enableBgp", false);
        }
        if (addresses.size() == (activeActive ? 2 : 1)) {
          addresses.forEach(entry.putArray("bgpPeeringAddresses")::add);
        }
        vpnGateways.put(ResourceIds.key(gw.id()), entry);
      }
      sink.source(path, gw);
    }
  }

  /**
   * The instance addresses of a gateway in its subnet: {@code bgpSettings.bgpPeeringAddresses[]}
   * (custom, else default addresses of each IP configuration; an ExpressRoute gateway lists both
   * instances under its one IP configuration, an active-active VPN gateway one per configuration), else the comma-separated
   * {@code bgpSettings.bgpPeeringAddress}; addresses outside the gateway's subnet are left out with a warning.
   */
  private List<String> instanceAddresses(AzureResource gw, String subnetId, String path) {
    List<String> raw = new ArrayList<>();
    for (JsonNode peering : gw.property("/bgpSettings/bgpPeeringAddresses")) {
      JsonNode list = peering.path("customBgpIpAddresses").size() > 0 ? peering.path("customBgpIpAddresses")
          : peering.path("defaultBgpIpAddresses");
      list.forEach(address -> raw.add(address.asText()));
    }
    if (raw.isEmpty()) {
      for (String part : gw.text("/bgpSettings/bgpPeeringAddress").split(",")) {
        if (!part.isBlank()) {
          raw.add(part.trim());
        }
      }
    }
    Optional<Ipv4Prefix> subnet = inventory.resource(subnetId).flatMap(s -> {
      try {
        IpPrefix prefix = IpPrefix.parse(s.text("/addressPrefix"));
        return prefix instanceof Ipv4Prefix v4 ? Optional.of(v4) : Optional.empty();
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    });
    List<String> out = new ArrayList<>();
    for (String text : raw) {
      try {
        Ipv4Address address = Ipv4Address.parse(text);
        if (subnet.isPresent() && !subnet.get().contains(address)) {
          sink.warning(gw, path + ".bgpPeeringAddresses", "address-outside-subnet", "gateway " + gw.name()
              + " has BGP address " + text + " outside its subnet " + subnet.get() + "; arsim's default"
              + " addresses are used", "check bgpSettings of " + gw.name());
          return List.of();
        }
        out.add(address.toString());
      } catch (IllegalArgumentException e) {
        sink.warning(gw, path + ".bgpPeeringAddresses", "invalid-value", "gateway " + gw.name()
            + " has BGP address '" + text + "', not an IPv4 address; arsim's default addresses are used", "");
        return List.of();
      }
    }
    return out;
  }

  // ---- circuits -----------------------------------------------------------------------------

  private void circuits() {
    for (AzureResource circuit : inventory.ofType(ResourceTypes.EXPRESS_ROUTE_CIRCUIT)) {
      String path = "extensions." + ER_CIRCUITS + "[" + circuit.name() + "]";
      AzureResource privatePeering = null;
      for (AzureResource peering : inventory.children(circuit.id(), ResourceTypes.EXPRESS_ROUTE_PEERING)) {
        String type = peering.text("/peeringType");
        if (type.equalsIgnoreCase("AzurePrivatePeering")
            || type.isEmpty() && peering.name().equalsIgnoreCase("AzurePrivatePeering")) {
          privatePeering = peering;
        } else {
          sink.note(new ImportNote("not-mapped", "not mapped: peering '" + peering.name() + "' of circuit '"
              + circuit.name() + "' (" + (type.isEmpty() ? peering.name() : type) + "); arsim models the private"
              + " peering only", peering.origin()));
        }
      }
      if (privatePeering == null) {
        sink.warning(circuit, path, "missing-property", "ExpressRoute circuit " + circuit.name() + " has no"
            + " AzurePrivatePeering among the imported resources; left out",
            "import its peerings (az network express-route peering list)");
        continue;
      }
      String primary = privatePeering.text("/primaryPeerAddressPrefix");
      if (primary.isEmpty()) {
        sink.warning(privatePeering, path, "missing-property", "the private peering of circuit " + circuit.name()
            + " has no primaryPeerAddressPrefix; left out", "give the peering's /30s");
        continue;
      }
      ObjectNode entry = JSON.objectNode();
      entry.put("name", circuit.name());
      String tier = circuit.sku().path("tier").asText("");
      for (String sku : List.of("Local", "Standard", "Premium")) {
        if (sku.equalsIgnoreCase(tier)) {
          entry.put("sku", sku);
        }
      }
      String location = circuit.text("/serviceProviderProperties/peeringLocation");
      if (location.isEmpty()) {
        location = circuit.text("/peeringLocation");
      }
      if (!location.isEmpty()) {
        entry.put("peeringLocation", location);
      }
      entry.put("primaryPeerAddressPrefix", primary);
      String secondary = privatePeering.text("/secondaryPeerAddressPrefix");
      if (!secondary.isEmpty()) {
        entry.put("secondaryPeerAddressPrefix", secondary);
      }
      entry.putArray("gateways");
      circuits.put(ResourceIds.key(circuit.id()), entry);
      sink.source(path, circuit);
      JsonNode asn = privatePeering.property("/peerASN");
      if (!asn.canConvertToLong()) {
        sink.warning(privatePeering, path, "missing-property", "the private peering of circuit " + circuit.name()
            + " has no peerASN, so arsim cannot model the on-premises router behind it", "give peerASN");
        continue;
      }
      String siteName = circuit.name() + "-onprem";
      ObjectNode site = JSON.objectNode();
      site.put("name", siteName);
      site.put("asn", asn.asLong());
      site.putArray("prefixes");
      site.putArray("expressRouteCircuits").add(circuit.name());
      sites.put("er:" + ResourceIds.key(circuit.id()), site);
      sink.source("extensions." + SITES + "[" + siteName + "]", privatePeering);
      sink.note(new ImportNote("source-lacks", "on-premises site '" + siteName + "' (AS " + asn.asLong()
          + ", behind circuit '" + circuit.name() + "'): Azure's resources do not say which prefixes on-premises"
          + " advertises; add them under prefixes", privatePeering.origin()));
    }
  }

  // ---- local network gateways and connections ------------------------------------------------

  private void localNetworkGateways() {
    for (AzureResource lng : inventory.ofType(ResourceTypes.LOCAL_NETWORK_GATEWAY)) {
      String path = "extensions." + SITES + "[" + lng.name() + "]";
      ObjectNode site = JSON.objectNode();
      site.put("name", lng.name());
      JsonNode asn = lng.property("/bgpSettings/asn");
      if (asn.canConvertToLong()) {
        site.put("asn", asn.asLong());
      } else {
        site.put("asn", 65000);
        sink.note(new ImportNote("source-lacks", "on-premises site '" + lng.name() + "' has no BGP settings"
            + " (a static VPN site); arsim needs an ASN for every site and writes 65000, which no path shows"
            + " over a static connection", lng.origin()));
      }
      ArrayNode prefixes = site.putArray("prefixes");
      for (JsonNode prefix : lng.property("/localNetworkAddressSpace/addressPrefixes")) {
        prefixes.add(prefix.asText());
      }
      site.putArray("vpnConnections");
      sites.put(ResourceIds.key(lng.id()), site);
      sink.source(path, lng);
    }
  }

  private void connections() {
    Set<String> vnetToVnetPairs = new LinkedHashSet<>();
    for (AzureResource connection : inventory.ofType(ResourceTypes.CONNECTION)) {
      String type = connection.text("/connectionType");
      String gw1 = ResourceIds.key(connection.text("/virtualNetworkGateway1/id"));
      String what = "connection " + connection.name() + " (" + connection.id() + ")";
      if (type.equalsIgnoreCase("ExpressRoute")) {
        ObjectNode circuit = circuits.get(ResourceIds.key(connection.text("/peer/id")));
        ObjectNode gateway = erGateways.get(gw1);
        if (circuit == null || gateway == null) {
          sink.warning(connection, "extensions." + ER_CIRCUITS, "unresolved-reference", what + " joins "
              + describe(connection, "/virtualNetworkGateway1/id") + " and " + describe(connection, "/peer/id")
              + "; one of them is not among the mapped ExpressRoute gateways and circuits; left out",
              "import the gateway and the circuit (with its private peering) as well");
          continue;
        }
        ((ArrayNode) circuit.get("gateways")).add(gateway.get("name").asText());
        sink.source("extensions." + ER_CIRCUITS + "[" + circuit.get("name").asText() + "].gateways["
            + gateway.get("name").asText() + "]", connection);
      } else if (type.equalsIgnoreCase("IPsec")) {
        ObjectNode site = sites.get(ResourceIds.key(connection.text("/localNetworkGateway2/id")));
        ObjectNode gateway = vpnGateways.get(gw1);
        if (site == null || gateway == null) {
          sink.warning(connection, "extensions." + SITES, "unresolved-reference", what + " joins "
              + describe(connection, "/virtualNetworkGateway1/id") + " and "
              + describe(connection, "/localNetworkGateway2/id") + "; one of them is not among the mapped VPN"
              + " gateways and local network gateways; left out", "import both as well");
          continue;
        }
        ObjectNode vpn = JSON.objectNode();
        vpn.put("vpnGateway", gateway.get("name").asText());
        boolean bgp = flag(connection, "enableBgp", false);
        vpn.put("enableBgp", bgp);
        Optional<AzureResource> lng = inventory.resource(connection.text("/localNetworkGateway2/id"));
        String peer = lng.map(l -> l.text("/bgpSettings/bgpPeeringAddress")).orElse("");
        if (bgp && !peer.isEmpty()) {
          vpn.put("bgpPeeringAddress", peer);
        } else if (bgp) {
          sink.warning(connection, "extensions." + SITES + "[" + site.get("name").asText() + "]", "missing-property",
              what + " runs BGP but local network gateway " + lng.map(AzureResource::name).orElse("?")
                  + " has no bgpSettings.bgpPeeringAddress", "give the on-premises device's BGP address");
        }
        ((ArrayNode) site.get("vpnConnections")).add(vpn);
        sink.source("extensions." + SITES + "[" + site.get("name").asText() + "].vpnConnections["
            + gateway.get("name").asText() + "]", connection);
      } else if (type.equalsIgnoreCase("Vnet2Vnet")) {
        String gw2 = ResourceIds.key(connection.text("/virtualNetworkGateway2/id"));
        ObjectNode first = vpnGateways.get(gw1);
        ObjectNode second = vpnGateways.get(gw2);
        if (first == null || second == null) {
          sink.warning(connection, "extensions." + VPN_GATEWAYS, "unresolved-reference", what + " joins "
              + describe(connection, "/virtualNetworkGateway1/id") + " and "
              + describe(connection, "/virtualNetworkGateway2/id") + "; one of them is not among the mapped VPN"
              + " gateways; left out", "import both gateways as well");
          continue;
        }
        String pair = gw1.compareTo(gw2) < 0 ? gw1 + "|" + gw2 : gw2 + "|" + gw1;
        if (!vnetToVnetPairs.add(pair)) {
          sink.note(new ImportNote("merged", what + " is the other direction of a VNet-to-VNet connection"
              + " already mapped; arsim declares each once", connection.origin()));
          continue;
        }
        ObjectNode link = JSON.objectNode();
        link.put("remoteVpnGateway", second.get("name").asText());
        if (flag(connection, "enableBgp", false)) {
          link.put("enableBgp", true);
        }
        ArrayNode list = first.has("vnetToVnetConnections") ? (ArrayNode) first.get("vnetToVnetConnections")
            : first.putArray("vnetToVnetConnections");
        list.add(link);
        sink.source("extensions." + VPN_GATEWAYS + "[" + first.get("name").asText() + "].vnetToVnetConnections["
            + second.get("name").asText() + "]", connection);
      } else {
        sink.note(new ImportNote("not-mapped", "not mapped: " + what + " has connectionType '" + type
            + "'; arsim models ExpressRoute, IPsec and Vnet2Vnet connections", connection.origin()));
      }
    }
    for (ObjectNode circuit : circuits.values()) {
      if (circuit.get("gateways").isEmpty()) {
        circuit.remove("gateways");
      }
    }
    for (ObjectNode site : sites.values()) {
      if (site.has("vpnConnections") && site.get("vpnConnections").isEmpty()) {
        site.remove("vpnConnections");
      }
    }
  }

  private String describe(AzureResource resource, String pointer) {
    String id = resource.text(pointer);
    return id.isEmpty() ? "(nothing)" : ResourceIds.name(id);
  }

  // ---- load balancers -----------------------------------------------------------------------

  /** The internal load balancers, their backend pools named by the NICs of {@code vms} (and NVAs later). */
  List<LoadBalancer> loadBalancers(List<VirtualMachine> vms) {
    Map<String, String> nicNames = new HashMap<>();
    Map<Ipv4Address, String> nicByAddress = new HashMap<>();
    for (VirtualMachine vm : vms) {
      for (NetworkInterface nic : vm.networkInterfaces()) {
        nicByAddress.put(nic.privateIpAddress(), nic.name());
      }
    }
    for (AzureResource nic : inventory.ofType(ResourceTypes.NETWORK_INTERFACE)) {
      nicNames.put(ResourceIds.key(nic.id()), nic.name());
    }
    Map<String, Set<String>> poolMembers = new HashMap<>();
    for (AzureResource nic : inventory.ofType(ResourceTypes.NETWORK_INTERFACE)) {
      for (JsonNode config : nic.property("/ipConfigurations")) {
        for (JsonNode pool : config.path("properties").path("loadBalancerBackendAddressPools")) {
          poolMembers.computeIfAbsent(ResourceIds.key(pool.path("id").asText("")), k -> new LinkedHashSet<>())
              .add(nic.name());
        }
      }
    }
    List<LoadBalancer> out = new ArrayList<>();
    for (AzureResource lb : inventory.ofType(ResourceTypes.LOAD_BALANCER)) {
      String path = "loadBalancers[" + lb.name() + "]";
      JsonNode frontends = lb.property("/frontendIPConfigurations");
      JsonNode frontend = frontends.size() > 0 ? frontends.get(0).path("properties") : JSON.missingNode();
      String ip = frontend.path("privateIPAddress").asText("");
      String subnetId = frontend.path("subnet").path("id").asText("");
      if (subnetId.isEmpty()) {
        sink.note(new ImportNote("not-mapped", "not mapped: load balancer '" + lb.name() + "' (" + lb.id()
            + ") has a public frontend; arsim models internal load balancers in front of NVAs", lb.origin()));
        continue;
      }
      String vnet = vnetNames.get(ResourceIds.key(ResourceIds.parent(subnetId)));
      if (ip.isEmpty() || vnet == null) {
        sink.warning(lb, path + ".frontend", ip.isEmpty() ? "unknown-address" : "unresolved-reference",
            "load balancer " + lb.name() + (ip.isEmpty() ? " has no static frontend address in the source"
                : " has its frontend in " + subnetId + ", which is not among the imported subnets") + "; left out",
            ip.isEmpty() ? "allocate the frontend address statically, or import the deployed state" : "import its VNet");
        continue;
      }
      if (frontends.size() > 1) {
        sink.note(new ImportNote("several-frontends", "load balancer '" + lb.name() + "' has " + frontends.size()
            + " frontends; arsim uses the first, " + frontends.get(0).path("name").asText(), lb.origin()));
      }
      Ipv4Address frontAddress;
      try {
        frontAddress = Ipv4Address.parse(ip);
      } catch (IllegalArgumentException e) {
        sink.error(lb, path + ".frontend.privateIpAddress", "invalid-value", e.getMessage(),
            "write an IPv4 address, e.g. 10.1.1.100");
        continue;
      }
      Set<String> backend = new LinkedHashSet<>();
      List<JsonNode> pools = new ArrayList<>();
      for (JsonNode inline : lb.property("/backendAddressPools")) {
        pools.add(inline);
      }
      for (AzureResource pool : inventory.children(lb.id(), ResourceTypes.LB_BACKEND_POOL)) {
        ObjectNode node = JSON.objectNode();
        node.put("id", pool.id());
        node.put("name", pool.name());
        node.set("properties", pool.properties());
        pools.add(node);
      }
      for (JsonNode pool : pools) {
        String poolId = pool.path("id").asText("");
        if (poolId.isEmpty()) {
          poolId = ResourceIds.child(lb.id(), ResourceTypes.LB_BACKEND_POOL, pool.path("name").asText(""));
        }
        JsonNode props = pool.path("properties");
        for (JsonNode config : props.path("backendIPConfigurations")) {
          String configId = config.path("id").asText("");
          String nic = nicNames.get(ResourceIds.key(ResourceIds.parent(configId)));
          if (nic != null) {
            backend.add(nic);
          }
        }
        backend.addAll(poolMembers.getOrDefault(ResourceIds.key(poolId), Set.of()));
        for (JsonNode address : props.path("loadBalancerBackendAddresses")) {
          String text = address.path("properties").path("ipAddress").asText("");
          try {
            String nic = text.isEmpty() ? null : nicByAddress.get(Ipv4Address.parse(text));
            if (nic != null) {
              backend.add(nic);
            }
          } catch (IllegalArgumentException e) {
            // a malformed address names no NIC; the empty pool is reported below
          }
        }
      }
      if (backend.isEmpty()) {
        sink.warning(lb, path + ".backendPool", "missing-property", "load balancer " + lb.name()
            + " has no backend NIC among the imported resources", "import the NICs of its backend pool");
      }
      List<LoadBalancingRule> rules = new ArrayList<>();
      for (JsonNode rule : lb.property("/loadBalancingRules")) {
        JsonNode props = rule.path("properties");
        String protocol = props.path("protocol").asText("All");
        LoadBalancerProtocol parsed = null;
        for (LoadBalancerProtocol candidate : LoadBalancerProtocol.values()) {
          if (candidate.name().equalsIgnoreCase(protocol)) {
            parsed = candidate;
          }
        }
        if (parsed == null) {
          sink.warning(lb, path + ".rules[" + rule.path("name").asText() + "]", "unsupported-value", "rule "
              + rule.path("name").asText() + " of load balancer " + lb.name() + " has protocol '" + protocol
              + "'; left out", "use All, Tcp or Udp");
          continue;
        }
        rules.add(new LoadBalancingRule(rule.path("name").asText(), parsed, props.path("frontendPort").asInt(0),
            props.path("backendPort").asInt(0)));
      }
      HealthProbe probe = null;
      JsonNode probes = lb.property("/probes");
      if (probes.size() > 0) {
        JsonNode props = probes.get(0).path("properties");
        String protocol = props.path("protocol").asText("Tcp");
        for (HealthProbe.ProbeProtocol candidate : HealthProbe.ProbeProtocol.values()) {
          if (candidate.name().equalsIgnoreCase(protocol)) {
            String request = props.path("requestPath").asText("");
            probe = new HealthProbe(candidate, props.path("port").asInt(0), request.isEmpty() ? null : request);
          }
        }
      }
      sink.source(path, lb);
      out.add(new LoadBalancer(lb.name(), new LoadBalancerFrontend(
          new SubnetRef(vnet, ResourceIds.name(subnetId)), frontAddress), List.copyOf(backend), rules, probe));
    }
    return out;
  }

  private static boolean flag(AzureResource resource, String name, boolean fallback) {
    for (Map.Entry<String, JsonNode> field : resource.properties().properties()) {
      if (field.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
          && field.getValue().isBoolean()) {
        return field.getValue().booleanValue();
      }
    }
    return fallback;
  }
}
