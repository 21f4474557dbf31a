package io.arsim.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every rule in {@link ArsimArchitectureRules} can fail: pointed at the fixture
 * packages, each rule throws and names the broken class, but not the compliant ones; with the
 * broken classes left out, every rule passes.
 */
class ArsimArchitectureRulesTest {

  private static final String FIXTURE = "io.arsim.architecture.fixture";
  private static final String F = FIXTURE + ".";
  private static final ArchitectureLayout LAYOUT =
      ArchitectureLayout.under(FIXTURE, F + "fakeguice");

  private static final JavaClasses ALL_FIXTURES = new ClassFileImporter().importPackages(FIXTURE);

  /** Class files of the deliberately broken fixtures, relative to the fixture package. */
  private static final List<String> BROKEN = List.of(
      "core/CoreUsingEngine", "core/CoreUsingGuice", "core/NoApiLabel", "core/ConsolePrinter",
      "core/StackTracePrinter", "core/RouteImpl", "core/RouteManager", "core/RouteModule",
      "core/cycle/", "core/unmarked/", "policy/spi/LeakyPolicy", "policy/spi/LeakyConfig",
      "engine/NamesBuiltinPlugin", "engine/FileReadingSpeaker", "engine/PrintingSpeaker",
      "engine/JulLoggingSpeaker", "engine/GuiceUsingService", "engine/EngineUsingExpressRoute",
      "expressroute/FileWritingGateway", "engine/spi/SpiUsingEngineTop", "engine/VpnTunnelRule", "core/MaintainedLeak",
      "expressroute/GatewayUsingEngineInternals");

  private static final JavaClasses COMPLIANT_FIXTURES = new ClassFileImporter()
      .withImportOption(location -> BROKEN.stream()
          .noneMatch(broken -> location.contains("/io/arsim/architecture/fixture/" + broken)))
      .importPackages(FIXTURE);

  static Stream<Arguments> allRules() {
    return Stream.<Function<ArchitectureLayout, ArchRule>>of(
            ArsimArchitectureRules::noPackageCycles,
            ArsimArchitectureRules::moduleDependencyDirection,
            ArsimArchitectureRules::coreIsIndependent,
            ArsimArchitectureRules::policyUsesOnlyCore,
            ArsimArchitectureRules::policySpiSignaturesUseOnlyCoreSpiAndJdk,
            ArsimArchitectureRules::builtinPluginsAreNotNamedOutsideBuiltin,
            ArsimArchitectureRules::guiceOnlyInModulesAndCli,
            ArsimArchitectureRules::engineNeitherTouchesFilesNorPrints,
            ArsimArchitectureRules::noConsoleOutputOutsideCli,
            ArsimArchitectureRules::packagesAreNullMarked,
            ArsimArchitectureRules::publicTypesCarryApiLabel,
            ArsimArchitectureRules::noImplOrManagerNames,
            ArsimArchitectureRules::moduleSuffixOnlyForGuiceModules,
            ArsimArchitectureRules::engineSpiIsTheBottom,
            ArsimArchitectureRules::extensionsUseOnlyTheEngineSpi,
            ArsimArchitectureRules::engineNamesNoExtension,
            ArsimArchitectureRules::maintainedSignaturesUseOnlyMaintainedTypes)
        .map(factory -> factory.apply(LAYOUT))
        .map(rule -> Arguments.of(rule.getDescription(), rule));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allRules")
  void everyRuleFailsOnTheBrokenFixtures(String description, ArchRule rule) {
    assertThatThrownBy(() -> rule.check(ALL_FIXTURES)).isInstanceOf(AssertionError.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allRules")
  void everyRuleHoldsOnceTheBrokenFixturesAreLeftOut(String description, ArchRule rule) {
    assertThatCode(() -> rule.check(COMPLIANT_FIXTURES)).doesNotThrowAnyException();
  }

  @Test
  void packageCyclesAreFound() {
    assertFails(ArsimArchitectureRules.noPackageCycles(LAYOUT))
        .contains("package " + F + "core.cycle.a", "package " + F + "core.cycle.b")
        .contains(F + "core.cycle.a.A", F + "core.cycle.b.B");
  }

  @Test
  void modulesUsingModulesAboveThemAreFound() {
    assertFails(ArsimArchitectureRules.moduleDependencyDirection(LAYOUT))
        .contains(F + "core.CoreUsingEngine")
        .contains(F + "policy.spi.LeakyPolicy")
        .contains(F + "engine.EngineUsingExpressRoute")
        .doesNotContain(F + "cli.CliMain");
  }

  @Test
  void coreUsingAnotherModuleOrGuiceIsFound() {
    assertFails(ArsimArchitectureRules.coreIsIndependent(LAYOUT))
        .contains(F + "core.CoreUsingEngine")
        .contains(F + "core.CoreUsingGuice")
        .doesNotContain("CoreValue");
  }

  @Test
  void policySpiUsingEngineOrGuiceIsFound() {
    assertFails(ArsimArchitectureRules.policyUsesOnlyCore(LAYOUT))
        .contains(F + "policy.spi.LeakyPolicy")
        .contains(F + "policy.spi.LeakyConfig")
        .doesNotContain("GoodPolicy")
        .doesNotContain("AsOverridePolicy");
  }

  @Test
  void forbiddenTypesInPublicSpiSignaturesAreFound() {
    assertFails(ArsimArchitectureRules.policySpiSignaturesUseOnlyCoreSpiAndJdk(LAYOUT))
        .contains("Method <" + F + "policy.spi.LeakyPolicy.engine()> returns")
        .contains("Method <" + F + "policy.spi.LeakyPolicy.register(java.util.Map)> takes")
        .contains("mentions <" + F + "engine.EngineService>")
        .contains("Class <" + F + "policy.spi.LeakyConfig> extends <" + F + "engine.EngineBase>")
        .contains("Field <" + F + "policy.spi.LeakyConfig.module> has type")
        .doesNotContain("hiddenService")
        .doesNotContain("GoodPolicy");
  }

  @Test
  void namingABuiltinPluginOutsideBuiltinIsFound() {
    assertFails(ArsimArchitectureRules.builtinPluginsAreNotNamedOutsideBuiltin(LAYOUT))
        .contains(F + "engine.NamesBuiltinPlugin")
        .doesNotContain("Class <" + F + "policy.builtin");
  }

  @Test
  void guiceOutsideModulesAndCliIsFound() {
    assertFails(ArsimArchitectureRules.guiceOnlyInModulesAndCli(LAYOUT))
        .contains(F + "engine.GuiceUsingService")
        .contains(F + "core.CoreUsingGuice")
        .contains(F + "policy.spi.LeakyConfig")
        .doesNotContain("EngineModule")
        .doesNotContain("CliMain");
  }

  @Test
  void engineTouchingFilesPrintingOrUsingJulIsFound() {
    assertFails(ArsimArchitectureRules.engineNeitherTouchesFilesNorPrints(LAYOUT))
        .contains(F + "engine.FileReadingSpeaker")
        .contains("java.nio.file.Files")
        .contains(F + "engine.PrintingSpeaker")
        .contains(F + "engine.JulLoggingSpeaker")
        .contains(F + "expressroute.FileWritingGateway")
        .doesNotContain("ExpressRouteGateway>")
        .doesNotContain("EngineService");
  }

  @Test
  void consoleOutputOutsideCliIsFound() {
    assertFails(ArsimArchitectureRules.noConsoleOutputOutsideCli(LAYOUT))
        .contains(F + "core.ConsolePrinter")
        .contains(F + "core.StackTracePrinter")
        .contains(F + "engine.PrintingSpeaker")
        .contains(F + "engine.JulLoggingSpeaker")
        .doesNotContain("CliMain");
  }

  @Test
  void packageWithoutNullMarkedIsFound() {
    assertFails(ArsimArchitectureRules.packagesAreNullMarked(LAYOUT))
        .contains("Package <" + F + "core.unmarked>")
        .contains(F + "core.unmarked.Unmarked")
        .doesNotContain("Package <" + F + "core>");
  }

  @Test
  void publicTypeWithoutApiLabelIsFound() {
    assertFails(ArsimArchitectureRules.publicTypesCarryApiLabel(LAYOUT))
        .contains(F + "core.NoApiLabel")
        .contains(F + "engine.PrintingSpeaker")
        .doesNotContain("CoreValue")
        .doesNotContain("EngineService");
  }

  @Test
  void anSpiReachingUpIntoTheEngineIsFound() {
    assertFails(ArsimArchitectureRules.engineSpiIsTheBottom(LAYOUT))
        .contains(F + "engine.spi.SpiUsingEngineTop")
        .doesNotContain("Contribution");
  }

  @Test
  void anExtensionUsingEngineInternalsIsFound() {
    assertFails(ArsimArchitectureRules.extensionsUseOnlyTheEngineSpi(LAYOUT))
        .contains(F + "expressroute.GatewayUsingEngineInternals")
        .doesNotContain("GatewayUsingSpi");
  }

  @Test
  void anEngineClassNamedAfterAnExtensionIsFound() {
    assertFails(ArsimArchitectureRules.engineNamesNoExtension(LAYOUT))
        .contains(F + "engine.VpnTunnelRule")
        .doesNotContain("EngineService");
  }

  @Test
  void aMaintainedTypeLeakingAnExperimentalOneIsFound() {
    assertFails(ArsimArchitectureRules.maintainedSignaturesUseOnlyMaintainedTypes(LAYOUT))
        .contains(F + "core.MaintainedLeak")
        .doesNotContain("CoreValue");
  }

  @Test
  void implAndManagerNamesAreFound() {
    assertFails(ArsimArchitectureRules.noImplOrManagerNames(LAYOUT))
        .contains(F + "core.RouteImpl")
        .contains(F + "core.RouteManager");
  }

  @Test
  void moduleNameOnANonGuiceModuleIsFound() {
    assertFails(ArsimArchitectureRules.moduleSuffixOnlyForGuiceModules(LAYOUT))
        .contains(F + "core.RouteModule")
        .doesNotContain("EngineModule");
  }

  private static AbstractStringAssert<?> assertFails(ArchRule rule) {
    return assertThatThrownBy(() -> rule.check(ALL_FIXTURES))
        .isInstanceOf(AssertionError.class)
        .message();
  }
}
