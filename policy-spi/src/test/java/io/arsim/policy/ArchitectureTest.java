package io.arsim.policy;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.arsim.architecture.ArsimArchitectureRules;
import io.arsim.architecture.LibraryModuleRules;

/** The architecture rules that apply to {@code policy-spi}'s main classes: SPI and built-ins. */
@AnalyzeClasses(packages = "io.arsim.policy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The rules every library module keeps. */
  @ArchTest
  static final ArchTests libraryModuleRules = ArchTests.in(LibraryModuleRules.class);

  @ArchTest
  static final ArchRule policyUsesOnlyCore = ArsimArchitectureRules.POLICY_USES_ONLY_CORE;

  @ArchTest
  static final ArchRule policySpiSignaturesUseOnlyCoreSpiAndJdk =
      ArsimArchitectureRules.POLICY_SPI_SIGNATURES_USE_ONLY_CORE_SPI_AND_JDK;

  @ArchTest
  static final ArchRule publicTypesCarryApiLabel = ArsimArchitectureRules.PUBLIC_TYPES_CARRY_API_LABEL;
}
