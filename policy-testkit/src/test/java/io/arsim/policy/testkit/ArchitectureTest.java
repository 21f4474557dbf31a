package io.arsim.policy.testkit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.arsim.architecture.ArsimArchitectureRules;

/**
 * The architecture rules that apply to {@code policy-testkit}: it is part of the policy layer (core
 * and policy-spi only, no Guice, no engine) and names no built-in plugin class.
 */
@AnalyzeClasses(packages = "io.arsim.policy.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noPackageCycles = ArsimArchitectureRules.NO_PACKAGE_CYCLES;

  @ArchTest
  static final ArchRule moduleDependencyDirection =
      ArsimArchitectureRules.MODULE_DEPENDENCY_DIRECTION;

  @ArchTest
  static final ArchRule policyUsesOnlyCore = ArsimArchitectureRules.POLICY_USES_ONLY_CORE;

  @ArchTest
  static final ArchRule builtinPluginsAreNotNamed =
      ArsimArchitectureRules.BUILTIN_PLUGINS_ARE_NOT_NAMED_OUTSIDE_BUILTIN;

  @ArchTest
  static final ArchRule guiceOnlyInModulesAndCli =
      ArsimArchitectureRules.GUICE_ONLY_IN_MODULES_AND_CLI;

  @ArchTest
  static final ArchRule noConsoleOutput = ArsimArchitectureRules.NO_CONSOLE_OUTPUT_OUTSIDE_CLI;

  @ArchTest
  static final ArchRule packagesAreNullMarked = ArsimArchitectureRules.PACKAGES_ARE_NULL_MARKED;

  @ArchTest
  static final ArchRule publicTypesCarryApiLabel =
      ArsimArchitectureRules.PUBLIC_TYPES_CARRY_API_LABEL;

  @ArchTest
  static final ArchRule noImplOrManagerNames = ArsimArchitectureRules.NO_IMPL_OR_MANAGER_NAMES;

  @ArchTest
  static final ArchRule moduleSuffixOnlyForGuiceModules =
      ArsimArchitectureRules.MODULE_SUFFIX_ONLY_FOR_GUICE_MODULES;
}
