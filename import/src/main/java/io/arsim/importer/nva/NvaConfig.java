package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The routing configuration of one NVA, vendor-neutral. Interfaces, static routes and BGP
 * processes keep the order of the file; named lists and route maps are sorted by name.
 *
 * @param file the file as the user named it
 * @param vendor the software the configuration is for
 * @param hostname {@code hostname}
 * @param softwareVersion FRR {@code frr version X} / IOS-XE {@code version X}
 * @param frrDefaults FRR {@code frr defaults traditional|datacenter}
 * @param interfaces the interfaces
 * @param staticRoutes the static routes
 * @param bgpProcesses the BGP processes (the default VRF's first)
 * @param prefixLists the prefix lists
 * @param routeMaps the route maps
 * @param asPathAccessLists the AS-path access lists
 * @param communityLists the community lists
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record NvaConfig(
    String file,
    NvaVendor vendor,
    @Nullable String hostname,
    @Nullable String softwareVersion,
    @Nullable String frrDefaults,
    List<NvaInterface> interfaces,
    List<StaticRoute> staticRoutes,
    List<BgpProcess> bgpProcesses,
    List<PrefixList> prefixLists,
    List<RouteMap> routeMaps,
    List<AsPathAccessList> asPathAccessLists,
    List<CommunityList> communityLists) {

  public NvaConfig {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(vendor, "vendor");
    interfaces = List.copyOf(interfaces);
    staticRoutes = List.copyOf(staticRoutes);
    bgpProcesses = List.copyOf(bgpProcesses);
    prefixLists = sorted(prefixLists, PrefixList::name);
    routeMaps = sorted(routeMaps, RouteMap::name);
    asPathAccessLists = sorted(asPathAccessLists, AsPathAccessList::name);
    communityLists = sorted(communityLists, CommunityList::name);
  }

  private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
    return items.stream().sorted(Comparator.comparing(name)).toList();
  }

  /** The interface named {@code name}. */
  public Optional<NvaInterface> interfaceNamed(String name) {
    return interfaces.stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /** The BGP process of the default VRF. */
  public Optional<BgpProcess> bgp() {
    return bgpProcesses.stream().filter(p -> p.vrf() == null).findFirst();
  }

  /** The prefix list named {@code name}. */
  public Optional<PrefixList> prefixList(String name) {
    return prefixLists.stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /** The route map named {@code name}. */
  public Optional<RouteMap> routeMap(String name) {
    return routeMaps.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The AS-path access list named {@code name}. */
  public Optional<AsPathAccessList> asPathAccessList(String name) {
    return asPathAccessLists.stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /** The community list named {@code name}. */
  public Optional<CommunityList> communityList(String name) {
    return communityLists.stream().filter(l -> l.name().equals(name)).findFirst();
  }
}
