package io.arsim.policy.testkit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.arsim.architecture.ArsimArchitectureRules;
import io.arsim.architecture.LibraryModuleRules;

/**
 * The architecture rules that apply to {@code policy-testkit}: it is part of the policy layer (core
 * and policy-spi only, no Guice, no engine) and names no built-in plugin class.
 */
@AnalyzeClasses(packages = "io.arsim.policy.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The rules every library module keeps. */
  @ArchTest
  static final ArchTests libraryModuleRules = ArchTests.in(LibraryModuleRules.class);

  @ArchTest
  static final ArchRule policyUsesOnlyCore = ArsimArchitectureRules.POLICY_USES_ONLY_CORE;

  @ArchTest
  static final ArchRule publicTypesCarryApiLabel = ArsimArchitectureRules.PUBLIC_TYPES_CARRY_API_LABEL;
}
