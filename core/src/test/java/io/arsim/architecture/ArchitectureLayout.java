package io.arsim.architecture;

import static java.util.Objects.requireNonNull;

/**
 * Where each arsim module's packages live, and where Guice lives. The rules in {@link
 * ArsimArchitectureRules} are written against a layout so they can be checked against the real
 * project ({@link #ARSIM}) and against the broken fixtures under {@code
 * io.arsim.architecture.fixture} (which use a fake Guice, since core has no Guice on its class
 * path).
 *
 * @param root the package every module package lives below
 * @param core module {@code core}
 * @param policy module {@code policy-spi}: the SPI and the built-in plugins
 * @param policySpi the SPI part of {@code policy-spi}
 * @param policyBuiltin the built-in plugins of {@code policy-spi}
 * @param engine module {@code bgp-engine}
 * @param expressroute module {@code expressroute-ext}
 * @param importer module {@code import}: readers of templates, dumps, NVA configs and observed routes
 * @param serve module {@code serve}: the emulated route server on the wire
 * @param cli module {@code cli}
 * @param guice Guice's root package
 */
public record ArchitectureLayout(
    String root,
    String core,
    String policy,
    String policySpi,
    String policyBuiltin,
    String engine,
    String expressroute,
    String importer,
    String serve,
    String cli,
    String guice) {

  /** The real arsim packages and the real Guice. */
  public static final ArchitectureLayout ARSIM = under("io.arsim", "com.google.inject");

  public ArchitectureLayout {
    requireNonNull(root, "root");
    requireNonNull(core, "core");
    requireNonNull(policy, "policy");
    requireNonNull(policySpi, "policySpi");
    requireNonNull(policyBuiltin, "policyBuiltin");
    requireNonNull(engine, "engine");
    requireNonNull(expressroute, "expressroute");
    requireNonNull(importer, "importer");
    requireNonNull(serve, "serve");
    requireNonNull(cli, "cli");
    requireNonNull(guice, "guice");
  }

  /**
   * The arsim package names ({@code core}, {@code policy.spi}, {@code policy.builtin}, {@code
   * engine}, {@code expressroute}, {@code importer}, {@code serve}, {@code cli}) below {@code
   * root}, with Guice in {@code guice}.
   */
  public static ArchitectureLayout under(String root, String guice) {
    return new ArchitectureLayout(
        root,
        root + ".core",
        root + ".policy",
        root + ".policy.spi",
        root + ".policy.builtin",
        root + ".engine",
        root + ".expressroute",
        root + ".importer",
        root + ".serve",
        root + ".cli",
        guice);
  }

  /** {@code package} and everything below it, as an ArchUnit package identifier. */
  static String tree(String packageName) {
    return packageName + "..";
  }

  /** The fully qualified name of Guice's {@code Module} interface in this layout. */
  String guiceModuleInterface() {
    return guice + ".Module";
  }
}
