package io.arsim.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.arsim.architecture.ArsimArchitectureRules;

/**
 * The architecture rules that apply to {@code cli}'s main classes. cli is the composition root on
 * top of every module: it may use every module, Guice and the console, so the dependency-direction,
 * Guice and console rules have nothing to check here.
 */
@AnalyzeClasses(packages = "io.arsim.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noPackageCycles = ArsimArchitectureRules.NO_PACKAGE_CYCLES;

  @ArchTest
  static final ArchRule builtinPluginsAreNotNamed =
      ArsimArchitectureRules.BUILTIN_PLUGINS_ARE_NOT_NAMED_OUTSIDE_BUILTIN;

  @ArchTest
  static final ArchRule packagesAreNullMarked = ArsimArchitectureRules.PACKAGES_ARE_NULL_MARKED;

  @ArchTest
  static final ArchRule noImplOrManagerNames = ArsimArchitectureRules.NO_IMPL_OR_MANAGER_NAMES;

  @ArchTest
  static final ArchRule moduleSuffixOnlyForGuiceModules =
      ArsimArchitectureRules.MODULE_SUFFIX_ONLY_FOR_GUICE_MODULES;
}
