package io.arsim.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every library module (core, policy-spi, policy-testkit, bgp-engine, expressroute-ext)
 * keeps, as one set a module's {@code ArchitectureTest} takes in with {@code
 * ArchTests.in(LibraryModuleRules.class)} before adding its own. The cli and benchmarks modules
 * are composition roots and pick their rules one by one.
 */
public final class LibraryModuleRules {
  private LibraryModuleRules() {}

  @ArchTest
  static final ArchRule noPackageCycles = ArsimArchitectureRules.NO_PACKAGE_CYCLES;

  @ArchTest
  static final ArchRule moduleDependencyDirection = ArsimArchitectureRules.MODULE_DEPENDENCY_DIRECTION;

  @ArchTest
  static final ArchRule builtinPluginsAreNotNamed =
      ArsimArchitectureRules.BUILTIN_PLUGINS_ARE_NOT_NAMED_OUTSIDE_BUILTIN;

  @ArchTest
  static final ArchRule guiceOnlyInModulesAndCli = ArsimArchitectureRules.GUICE_ONLY_IN_MODULES_AND_CLI;

  @ArchTest
  static final ArchRule noConsoleOutput = ArsimArchitectureRules.NO_CONSOLE_OUTPUT_OUTSIDE_CLI;

  @ArchTest
  static final ArchRule packagesAreNullMarked = ArsimArchitectureRules.PACKAGES_ARE_NULL_MARKED;

  @ArchTest
  static final ArchRule noImplOrManagerNames = ArsimArchitectureRules.NO_IMPL_OR_MANAGER_NAMES;

  @ArchTest
  static final ArchRule moduleSuffixOnlyForGuiceModules = ArsimArchitectureRules.MODULE_SUFFIX_ONLY_FOR_GUICE_MODULES;

  @ArchTest
  static final ArchRule maintainedSignaturesUseOnlyMaintainedTypes =
      ArsimArchitectureRules.MAINTAINED_SIGNATURES_USE_ONLY_MAINTAINED_TYPES;
}
