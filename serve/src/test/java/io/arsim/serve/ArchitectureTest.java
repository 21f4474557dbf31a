package io.arsim.serve;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.arsim.architecture.ArsimArchitectureRules;
import io.arsim.architecture.LibraryModuleRules;

/** The architecture rules that apply to {@code serve}'s main classes. */
@AnalyzeClasses(packages = "io.arsim.serve", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The rules every library module keeps (module direction: serve uses only the modules DESIGN.md allows). */
  @ArchTest
  static final ArchTests libraryModuleRules = ArchTests.in(LibraryModuleRules.class);

  @ArchTest
  static final ArchRule publicTypesCarryApiLabel = ArsimArchitectureRules.PUBLIC_TYPES_CARRY_API_LABEL;
}
