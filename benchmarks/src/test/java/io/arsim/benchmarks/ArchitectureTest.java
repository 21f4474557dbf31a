package io.arsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.arsim.architecture.ArsimArchitectureRules;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules that apply to {@code benchmarks}. It may print (its mains are command-line
 * tools) and its sub-package {@code jmh_generated} is JMH's generated code, so neither the console
 * rule nor the null-marked rule over all packages applies; the hand-written package is checked for
 * {@code @NullMarked} directly.
 */
@AnalyzeClasses(packages = "io.arsim.benchmarks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noPackageCycles = ArsimArchitectureRules.NO_PACKAGE_CYCLES;

  @ArchTest
  static final ArchRule moduleDependencyDirection = ArsimArchitectureRules.MODULE_DEPENDENCY_DIRECTION;

  @ArchTest
  static final ArchRule guiceOnlyInModulesAndCli = ArsimArchitectureRules.GUICE_ONLY_IN_MODULES_AND_CLI;

  @ArchTest
  static final ArchRule noImplOrManagerNames = ArsimArchitectureRules.NO_IMPL_OR_MANAGER_NAMES;

  @Test
  void packageIsNullMarked() {
    assertThat(ScaleGenerator.class.getPackage().isAnnotationPresent(NullMarked.class)).isTrue();
  }
}
