package io.arsim.engine.vendor;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.Problem;
import io.arsim.core.problem.Suggestions;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.Topology;
import io.arsim.engine.spi.VendorProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The vendor profiles the engine knows, by id: arsim's built-ins and those {@link ServiceLoader}
 * finds ({@code META-INF/services/io.arsim.engine.spi.VendorProfile}). An NVA's {@code vendor}
 * names one; {@link #check} reports unknown ids and a {@code maximumPaths} above the vendor's limit
 * at their place in the file. Immutable.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class VendorProfiles {
  private static final Pattern BARE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern VENDOR_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");
  private static final String BUILT_IN_PACKAGE = VendorProfiles.class.getPackageName();

  private final SortedMap<String, VendorProfile> byId;

  private VendorProfiles(SortedMap<String, VendorProfile> byId) {
    this.byId = Collections.unmodifiableSortedMap(byId);
  }

  /** arsim's built-in profiles only. */
  public static VendorProfiles builtIns() {
    return of(List.of(new FrrProfile(), new CiscoIosXeProfile()));
  }

  /**
   * The built-ins and every profile {@link ServiceLoader} finds through {@code loader}.
   *
   * @throws IllegalStateException naming the profile that cannot be loaded, two with one id, or an
   *     id that is not valid
   */
  public static VendorProfiles discover(ClassLoader loader) {
    List<VendorProfile> found = new ArrayList<>(List.of(new FrrProfile(), new CiscoIosXeProfile()));
    try {
      for (VendorProfile profile : ServiceLoader.load(VendorProfile.class, loader)) {
        if (!profile.getClass().getPackageName().equals(BUILT_IN_PACKAGE)) {
          found.add(profile);
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("a vendor profile cannot be loaded: " + e.getMessage(), e);
    }
    return of(found);
  }

  /**
   * These profiles.
   *
   * @throws IllegalStateException for two profiles with one id, or an id that is not valid
   */
  public static VendorProfiles of(List<VendorProfile> profiles) {
    SortedMap<String, VendorProfile> byId = new TreeMap<>();
    for (VendorProfile profile : profiles) {
      String id = profile.id();
      String where = profile.getClass().getName();
      boolean builtIn = profile.getClass().getPackageName().equals(BUILT_IN_PACKAGE);
      if (id == null || !(BARE_ID.matcher(id).matches() || VENDOR_ID.matcher(id).matches())) {
        throw new IllegalStateException(where + ": vendor profile id \"" + id + "\" is not valid; expected kebab-case"
            + " with a vendor prefix, like acme.junos");
      }
      if (!builtIn && BARE_ID.matcher(id).matches()) {
        throw new IllegalStateException(where + ": vendor profile id \"" + id + "\" has no vendor prefix; ids"
            + " without a dot are reserved for arsim's built-in profiles; use one like acme." + id);
      }
      VendorProfile previous = byId.putIfAbsent(id, profile);
      if (previous != null) {
        throw new IllegalStateException("two vendor profiles have the id " + id + ": " + previous.getClass().getName()
            + " and " + where);
      }
    }
    return new VendorProfiles(byId);
  }

  /** The profiles by id. */
  public Map<String, VendorProfile> all() {
    return byId;
  }

  /** The profile with {@code id}. */
  public Optional<VendorProfile> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The profile of {@code nva}.
   *
   * @throws IllegalArgumentException when its vendor is unknown ({@link #check} reports it first)
   */
  public VendorProfile of(NetworkVirtualAppliance nva) {
    return find(nva.vendor()).orElseThrow(() -> new IllegalArgumentException("NVA " + nva.name()
        + " names vendor profile \"" + nva.vendor() + "\", which is not known; known: "
        + String.join(", ", byId.keySet())));
  }

  /**
   * The problems of {@code topology}'s NVAs with their vendors, as JSON-pointer problems: an unknown
   * {@code vendor} (with the closest known id), a {@code maximumPaths} above the vendor's limit.
   */
  public List<Problem> check(Topology topology) {
    List<Problem> problems = new ArrayList<>();
    List<NetworkVirtualAppliance> nvas = topology.networkVirtualAppliances();
    for (int i = 0; i < nvas.size(); i++) {
      NetworkVirtualAppliance nva = nvas.get(i);
      String at = "/networkVirtualAppliances/" + i;
      VendorProfile profile = byId.get(nva.vendor());
      if (profile == null) {
        problems.add(Problem.error("unknown-vendor", at + "/vendor", "no vendor profile \"" + nva.vendor() + "\"",
            Suggestions.closest(nva.vendor(), byId.keySet()).map(s -> "did you mean \"" + s + "\"? ").orElse("")
                + "known profiles: " + String.join(", ", byId.keySet())));
        continue;
      }
      Integer paths = nva.maximumPaths();
      if (paths != null && paths > profile.maximumPathsLimit()) {
        problems.add(Problem.error("invalid-value", at + "/maximumPaths", "maximumPaths " + paths + " is more than "
            + profile.description() + " accepts (" + profile.maximumPathsLimit() + ")", "use 1.."
            + profile.maximumPathsLimit() + ", or leave it out for the default " + profile.defaultMaximumPaths()));
      }
    }
    return problems;
  }
}
