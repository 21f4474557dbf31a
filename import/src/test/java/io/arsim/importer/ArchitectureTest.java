package io.arsim.importer;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.arsim.architecture.LibraryModuleRules;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.apiguardian.api.API;

/** The architecture rules that apply to {@code import}'s main classes. */
@AnalyzeClasses(packages = "io.arsim.importer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The rules every library module keeps (module direction: import uses only the modules DESIGN.md allows). */
  @ArchTest
  static final ArchTests libraryModuleRules = ArchTests.in(LibraryModuleRules.class);

  /**
   * ArsimArchitectureRules.PUBLIC_TYPES_CARRY_API_LABEL, except for the lexers, parsers and listeners
   * ANTLR generates from the grammars in src/main/antlr4: their source is generated at build time, so
   * it cannot carry the label (ANTLR's header action goes before the imports, not before the class).
   */
  @ArchTest
  static final ArchRule publicTypesCarryApiLabel = classes()
      .that().resideInAPackage("io.arsim.importer..")
      .and().arePublic()
      .and().areTopLevelClasses()
      .and().doNotHaveSimpleName("package-info")
      .and().areNotAssignableTo(Lexer.class)
      .and().areNotAssignableTo(Parser.class)
      .and().areNotAssignableTo(ParseTreeListener.class)
      .should().beAnnotatedWith(API.class)
      .as("public top-level types of import, except the classes ANTLR generates, should carry @API");

  /** The exception above is exactly ANTLR's generated classes: they all extend ANTLR's types. */
  @ArchTest
  static final ArchRule onlyGrammarsExtendAntlr = classes()
      .that(assignableTo(Lexer.class).or(assignableTo(Parser.class)))
      .should().haveSimpleNameEndingWith("Lexer").orShould().haveSimpleNameEndingWith("Parser")
      .as("only the generated lexers and parsers extend ANTLR's Lexer and Parser");
}
