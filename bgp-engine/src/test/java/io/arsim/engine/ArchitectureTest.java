package io.arsim.engine;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.arsim.architecture.ArsimArchitectureRules;
import io.arsim.architecture.LibraryModuleRules;

/** The architecture rules that apply to {@code bgp-engine}'s main classes. */
@AnalyzeClasses(packages = "io.arsim.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The rules every library module keeps. */
  @ArchTest
  static final ArchTests libraryModuleRules = ArchTests.in(LibraryModuleRules.class);

  @ArchTest
  static final ArchRule engineNeitherTouchesFilesNorPrints =
      ArsimArchitectureRules.ENGINE_NEITHER_TOUCHES_FILES_NOR_PRINTS;

  @ArchTest
  static final ArchRule publicTypesCarryApiLabel = ArsimArchitectureRules.PUBLIC_TYPES_CARRY_API_LABEL;

  @ArchTest
  static final ArchRule engineSpiIsTheBottom = ArsimArchitectureRules.ENGINE_SPI_IS_THE_BOTTOM;

  @ArchTest
  static final ArchRule engineNamesNoExtension = ArsimArchitectureRules.ENGINE_NAMES_NO_EXTENSION;
}
