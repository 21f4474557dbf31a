package io.arsim.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static io.arsim.architecture.ArchitectureLayout.tree;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ClassesTransformer;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;

/**
 * The architecture rules of DESIGN.md ("Rules") and STYLE.md §7.8, 11, 12, 13 and 16, shared by
 * every module's {@code ArchitectureTest}.
 *
 * <p>Each rule exists twice: as a factory method taking an {@link ArchitectureLayout}, so {@code
 * ArsimArchitectureRulesTest} can prove the rule fails on the broken classes in {@code
 * io.arsim.architecture.fixture}, and as a constant bound to {@link ArchitectureLayout#ARSIM} for
 * the modules to use. A module's test imports only its own main classes, so a rule about another
 * module's packages checks nothing there; the javadoc of each constant says which modules it is
 * meant for.
 */
public final class ArsimArchitectureRules {

  private static final ArchitectureLayout ARSIM = ArchitectureLayout.ARSIM;

  /** No package depends, directly or through others, on a package that depends on it. All. */
  public static final ArchRule NO_PACKAGE_CYCLES = noPackageCycles(ARSIM);

  /** Each module uses only the modules below it (core, policy-spi, bgp-engine, expressroute). */
  public static final ArchRule MODULE_DEPENDENCY_DIRECTION = moduleDependencyDirection(ARSIM);

  /** core knows no other arsim module, no Guice and no logging binding. For core. */
  public static final ArchRule CORE_IS_INDEPENDENT = coreIsIndependent(ARSIM);

  /** policy-spi (SPI and built-ins) uses no engine, ExpressRoute, cli or Guice. For policy-spi. */
  public static final ArchRule POLICY_USES_ONLY_CORE = policyUsesOnlyCore(ARSIM);

  /** The SPI's public signatures mention only core, SPI and JDK types. For policy-spi. */
  public static final ArchRule POLICY_SPI_SIGNATURES_USE_ONLY_CORE_SPI_AND_JDK =
      policySpiSignaturesUseOnlyCoreSpiAndJdk(ARSIM);

  /** Built-in plugins are reached only through {@code PolicyProvider}. All. */
  public static final ArchRule BUILTIN_PLUGINS_ARE_NOT_NAMED_OUTSIDE_BUILTIN =
      builtinPluginsAreNotNamedOutsideBuiltin(ARSIM);

  /** Guice appears only in {@code *Module} classes and in cli. All. */
  public static final ArchRule GUICE_ONLY_IN_MODULES_AND_CLI = guiceOnlyInModulesAndCli(ARSIM);

  /**
   * The engine's model ({@code engine.bgp}) and extension SPI ({@code engine.spi}) are its bottom:
   * they use no other engine package. For bgp-engine.
   */
  public static final ArchRule ENGINE_SPI_IS_THE_BOTTOM = engineSpiIsTheBottom(ARSIM);

  /**
   * Extensions (expressroute) use the engine only through its model, SPI and shared decision
   * processes. For expressroute-ext.
   */
  public static final ArchRule EXTENSIONS_USE_ONLY_THE_ENGINE_SPI = extensionsUseOnlyTheEngineSpi(ARSIM);

  /** No engine class is named after ExpressRoute or VPN, which extensions contribute. For bgp-engine. */
  public static final ArchRule ENGINE_NAMES_NO_EXTENSION = engineNamesNoExtension(ARSIM);

  /** The engine and ExpressRoute never touch files, print or use JUL. For those two. */
  public static final ArchRule ENGINE_NEITHER_TOUCHES_FILES_NOR_PRINTS =
      engineNeitherTouchesFilesNorPrints(ARSIM);

  /** Only cli writes to the console (System.out/err, printStackTrace) or uses JUL. All. */
  public static final ArchRule NO_CONSOLE_OUTPUT_OUTSIDE_CLI = noConsoleOutputOutsideCli(ARSIM);

  /** Every package carries JSpecify {@code @NullMarked} in its package-info. All. */
  public static final ArchRule PACKAGES_ARE_NULL_MARKED = packagesAreNullMarked(ARSIM);

  /** Every public top-level type carries {@code @API}. For the library modules. */
  public static final ArchRule PUBLIC_TYPES_CARRY_API_LABEL = publicTypesCarryApiLabel(ARSIM);

  /** MAINTAINED and STABLE types expose only JDK and MAINTAINED/STABLE types. All library modules. */
  public static final ArchRule MAINTAINED_SIGNATURES_USE_ONLY_MAINTAINED_TYPES =
      maintainedSignaturesUseOnlyMaintainedTypes(ARSIM);

  /** No {@code *Impl} or {@code *Manager} classes. All. */
  public static final ArchRule NO_IMPL_OR_MANAGER_NAMES = noImplOrManagerNames(ARSIM);

  /** {@code *Module} names only for Guice modules. All. */
  public static final ArchRule MODULE_SUFFIX_ONLY_FOR_GUICE_MODULES =
      moduleSuffixOnlyForGuiceModules(ARSIM);

  private ArsimArchitectureRules() {}

  /**
   * No cycles between packages below the layout's root. Every package is its own slice ({@code
   * root.(**)}): a cycle between {@code core.route} and {@code core.topology} is as much a design
   * smell as one between modules, which Maven already forbids.
   */
  public static ArchRule noPackageCycles(ArchitectureLayout layout) {
    return slices()
        .matching(layout.root() + ".(**)")
        .namingSlices("package " + layout.root() + ".$1")
        .should()
        .beFreeOfCycles()
        .as(String.format(
            "no package below %s should take part in a dependency cycle", layout.root()));
  }

  /**
   * The module layering of DESIGN.md: policy-spi may use core; bgp-engine core and policy-spi;
   * expressroute-ext core, policy-spi and bgp-engine; import (package {@code importer}) core and
   * policy-spi; serve core, policy-spi and bgp-engine; cli anything. Only dependencies between
   * arsim packages count; a module's test imports only that module, so absent layers are fine.
   */
  public static ArchRule moduleDependencyDirection(ArchitectureLayout layout) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("core").definedBy(tree(layout.core()))
        .layer("policy-spi").definedBy(tree(layout.policy()))
        .layer("bgp-engine").definedBy(tree(layout.engine()))
        .layer("expressroute-ext").definedBy(tree(layout.expressroute()))
        .layer("import").definedBy(tree(layout.importer()))
        .layer("serve").definedBy(tree(layout.serve()))
        .layer("cli").definedBy(tree(layout.cli()))
        .whereLayer("core").mayNotAccessAnyLayer()
        .whereLayer("policy-spi").mayOnlyAccessLayers("core")
        .whereLayer("bgp-engine").mayOnlyAccessLayers("core", "policy-spi")
        .whereLayer("expressroute-ext").mayOnlyAccessLayers("core", "policy-spi", "bgp-engine")
        .whereLayer("import").mayOnlyAccessLayers("core", "policy-spi")
        .whereLayer("serve").mayOnlyAccessLayers("core", "policy-spi", "bgp-engine")
        .as("arsim modules should only use the modules below them "
            + "(policy-spi -> core; bgp-engine -> core, policy-spi; "
            + "expressroute-ext -> core, policy-spi, bgp-engine; import -> core, policy-spi; "
            + "serve -> core, policy-spi, bgp-engine)");
  }

  /**
   * The engine's model ({@code engine.bgp}) and SPI ({@code engine.spi}) use only core, policy-spi,
   * each other and the JDK: extensions compile against them without the engine's machinery, and
   * nothing at the bottom changes when the engine's top floor does.
   */
  public static ArchRule engineSpiIsTheBottom(ArchitectureLayout layout) {
    String model = layout.engine() + ".bgp";
    String spi = layout.engine() + ".spi";
    return noClasses()
        .that().resideInAnyPackage(tree(model), tree(spi))
        .should().dependOnClassesThat(DescribedPredicate.describe("are in another engine package",
            type -> inTree(type, layout.engine()) && !inTree(type, model) && !inTree(type, spi)))
        .as(String.format("the engine's model (%s) and SPI (%s) should use no other engine package", model, spi));
  }

  /**
   * An extension (expressroute-ext) uses the engine only through its model ({@code engine.bgp}),
   * SPI ({@code engine.spi}) and the shared decision processes ({@code engine.decision}): the SPI
   * is all an extension needs (DESIGN.md, extension points).
   */
  public static ArchRule extensionsUseOnlyTheEngineSpi(ArchitectureLayout layout) {
    String model = layout.engine() + ".bgp";
    String spi = layout.engine() + ".spi";
    String decision = layout.engine() + ".decision";
    return noClasses()
        .that().resideInAPackage(tree(layout.expressroute()))
        .should().dependOnClassesThat(DescribedPredicate.describe("are engine classes outside its model, SPI"
            + " and decision processes", type -> inTree(type, layout.engine()) && !inTree(type, model)
            && !inTree(type, spi) && !inTree(type, decision)))
        .as("extensions should use the engine only through engine.bgp, engine.spi and engine.decision");
  }

  /**
   * The engine knows no extension's resources: no engine class is named after ExpressRoute, VPN,
   * circuits or the Microsoft edge (those arrive through the extension SPI).
   */
  public static ArchRule engineNamesNoExtension(ArchitectureLayout layout) {
    return noClasses()
        .that().resideInAPackage(tree(layout.engine()))
        .should().haveNameMatching(".*\\.[^.]*(?i:expressroute|vpn|circuit|msee)[^.]*")
        .as("no engine class should be named after ExpressRoute, VPN, circuits or the Microsoft edge");
  }

  /** core depends on no other arsim module, not on Guice and not on a logging binding. */
  public static ArchRule coreIsIndependent(ArchitectureLayout layout) {
    return noClasses()
        .that().resideInAPackage(tree(layout.core()))
        .should().dependOnClassesThat().resideInAnyPackage(
            tree(layout.policy()),
            tree(layout.engine()),
            tree(layout.expressroute()),
            tree(layout.importer()),
            tree(layout.serve()),
            tree(layout.cli()),
            tree(layout.guice()),
            "org.slf4j.simple..",
            "ch.qos.logback..",
            "org.apache.logging.log4j.core..")
        .as("core should depend on no other arsim module, on no Guice and on no SLF4J binding");
  }

  /**
   * policy-spi (the SPI and the built-in plugins) depends on nothing in the engine, ExpressRoute
   * or cli, and not on Guice: plugin authors need only policy-spi and core.
   */
  public static ArchRule policyUsesOnlyCore(ArchitectureLayout layout) {
    return noClasses()
        .that().resideInAPackage(tree(layout.policy()))
        .should().dependOnClassesThat().resideInAnyPackage(
            tree(layout.engine()),
            tree(layout.expressroute()),
            tree(layout.importer()),
            tree(layout.serve()),
            tree(layout.cli()),
            tree(layout.guice()))
        .as("policy-spi should depend on no engine, ExpressRoute, import, serve, cli or Guice class");
  }

  /**
   * What plugin authors compile against mentions only core, the SPI and the JDK: supertypes and
   * type-parameter bounds of public SPI types, and the types in the signatures of their public and
   * protected fields, constructors and methods (parameters, return types, type parameters, thrown
   * exceptions, including generic type arguments). Annotations are not checked.
   */
  public static ArchRule policySpiSignaturesUseOnlyCoreSpiAndJdk(ArchitectureLayout layout) {
    DescribedPredicate<JavaClass> allowed =
        DescribedPredicate.describe(
            "types in " + layout.core() + ".., " + layout.policySpi() + ".., java.., "
                + "org.apiguardian.., org.jspecify..",
            type -> type.isPrimitive()
                || inTree(type, "java")
                || inTree(type, layout.core())
                || inTree(type, layout.policySpi())
                || inTree(type, "org.apiguardian")
                || inTree(type, "org.jspecify"));
    return classes()
        .that().resideInAPackage(tree(layout.policySpi()))
        .and(visibleOutsideItsPackage())
        .should(exposeOnlyTypesThatAre(allowed))
        .as(String.format("public signatures in %s should mention only core, SPI and JDK types",
            layout.policySpi()));
  }

  /** Nothing outside the built-in plugin packages names one of their classes. */
  public static ArchRule builtinPluginsAreNotNamedOutsideBuiltin(ArchitectureLayout layout) {
    return noClasses()
        .that().resideOutsideOfPackage(tree(layout.policyBuiltin()))
        .should().dependOnClassesThat().resideInAPackage(tree(layout.policyBuiltin()))
        .as(String.format(
            "no class outside %s should name a built-in plugin class; plugins are reached only "
                + "through PolicyProvider",
            layout.policyBuiltin()));
  }

  /**
   * Guice is used only by classes whose (top-level) simple name ends with {@code Module}, and by
   * cli. Other classes use {@code jakarta.inject} annotations for constructor injection.
   */
  public static ArchRule guiceOnlyInModulesAndCli(ArchitectureLayout layout) {
    return noClasses()
        .that().resideOutsideOfPackages(tree(layout.cli()), tree(layout.guice()))
        .and(not(declaredInAClassNamedModule()))
        .should().dependOnClassesThat().resideInAPackage(tree(layout.guice()))
        .as(String.format("only *Module classes and cli should use Guice (%s)", layout.guice()));
  }

  /**
   * The engine and ExpressRoute compute; they never read or write files, print, or log through
   * {@code java.util.logging}. Input arrives as a model, output leaves as values, logging goes
   * through SLF4J.
   */
  public static ArchRule engineNeitherTouchesFilesNorPrints(ArchitectureLayout layout) {
    return noClasses()
        .that().resideInAnyPackage(tree(layout.engine()), tree(layout.expressroute()))
        .should().dependOnClassesThat().belongToAnyOf(
            File.class,
            Files.class,
            Paths.class,
            FileInputStream.class,
            FileOutputStream.class,
            FileReader.class,
            FileWriter.class,
            RandomAccessFile.class,
            FileChannel.class)
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..")
        .as("the engine and ExpressRoute should not touch files, print or use java.util.logging");
  }

  /** Only cli writes to the console; libraries log through the SLF4J API. */
  public static ArchRule noConsoleOutputOutsideCli(ArchitectureLayout layout) {
    return noClasses()
        .that().resideOutsideOfPackage(tree(layout.cli()))
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethodWhere(
            target(name("printStackTrace"))
                .and(target(owner(assignableTo(Throwable.class))))
                .and(target(rawParameterTypes(new Class<?>[0]))))
        .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..")
        .as("no class outside cli should use System.out, System.err, printStackTrace() "
            + "or java.util.logging");
  }

  /**
   * Every package below the root carries {@code @NullMarked} in its {@code package-info.java}.
   * JSpecify does not inherit the annotation into sub-packages, so each needs its own.
   */
  public static ArchRule packagesAreNullMarked(ArchitectureLayout layout) {
    return all(packagesBelow(layout.root()))
        .should(beAnnotatedWith(NullMarked.class))
        .as(String.format(
            "every package below %s should be @NullMarked (package-info.java)", layout.root()));
  }

  /**
   * Public top-level types of the library modules (core, policy-spi, bgp-engine, expressroute,
   * import, serve) carry apiguardian {@code @API}: what is API, and how stable, is written on it;
   * public-but-internal machinery says {@code INTERNAL}.
   */
  public static ArchRule publicTypesCarryApiLabel(ArchitectureLayout layout) {
    return classes()
        .that().resideInAnyPackage(
            tree(layout.core()), tree(layout.policy()), tree(layout.engine()), tree(layout.expressroute()),
            tree(layout.importer()), tree(layout.serve()))
        .and().arePublic()
        .and().areTopLevelClasses()
        .and().doNotHaveSimpleName("package-info")
        .should().beAnnotatedWith(API.class)
        .as("public top-level types of the library modules should carry @API");
  }

  /**
   * A type labelled {@code MAINTAINED} or {@code STABLE} promises its signatures for at least the
   * current minor release, so they may mention only JDK types and other {@code MAINTAINED} or
   * {@code STABLE} types (Flink's rule, STYLE.md 7.12): a maintained type must not leak an
   * experimental one.
   */
  public static ArchRule maintainedSignaturesUseOnlyMaintainedTypes(ArchitectureLayout layout) {
    DescribedPredicate<JavaClass> promised = DescribedPredicate.describe("MAINTAINED or STABLE",
        type -> type.isAnnotatedWith(API.class) && isPromised(type.getAnnotationOfType(API.class).status()));
    DescribedPredicate<JavaClass> allowed = DescribedPredicate.describe(
        "JDK types or MAINTAINED/STABLE types",
        type -> type.isPrimitive() || inTree(type, "java") || inTree(type, "org.apiguardian")
            || inTree(type, "org.jspecify") || outermost(type).isAnnotatedWith(API.class)
            && isPromised(outermost(type).getAnnotationOfType(API.class).status()));
    return classes()
        .that().resideInAPackage(tree(layout.root()))
        .and(promised)
        .should(exposeOnlyTypesThatAre(allowed))
        .allowEmptyShould(true)
        .as("public signatures of MAINTAINED and STABLE types should mention only JDK and MAINTAINED/STABLE types");
  }

  private static boolean isPromised(API.Status status) {
    return status == API.Status.MAINTAINED || status == API.Status.STABLE;
  }

  private static JavaClass outermost(JavaClass type) {
    return topLevelClassOf(type);
  }

  /** Names say what a class does: no {@code *Impl}, no {@code *Manager}. */
  public static ArchRule noImplOrManagerNames(ArchitectureLayout layout) {
    return noClasses()
        .that().resideInAPackage(tree(layout.root()))
        .should().haveSimpleNameEndingWith("Impl")
        .orShould().haveSimpleNameEndingWith("Manager")
        .as(String.format("no class below %s should be named *Impl or *Manager", layout.root()));
  }

  /**
   * {@code *Module} means a Guice module ({@code AbstractModule} subclass or other {@code Module}
   * implementation) and nothing else; a module that has none is fine.
   */
  public static ArchRule moduleSuffixOnlyForGuiceModules(ArchitectureLayout layout) {
    return classes()
        .that().resideInAPackage(tree(layout.root()))
        .and().haveSimpleNameEndingWith("Module")
        .should().beAssignableTo(layout.guiceModuleInterface())
        .allowEmptyShould(true)
        .as(String.format(
            "only Guice modules (%s) should be named *Module", layout.guiceModuleInterface()));
  }

  // ---------------------------------------------------------------------------------------------

  private static boolean inTree(JavaClass type, String packageName) {
    String name = type.getPackageName();
    return name.equals(packageName) || name.startsWith(packageName + ".");
  }

  /** The class, or the top-level class it is nested in, has a simple name ending in Module. */
  private static DescribedPredicate<JavaClass> declaredInAClassNamedModule() {
    return DescribedPredicate.describe(
        "declared in a class named *Module",
        javaClass -> topLevelClassOf(javaClass).getSimpleName().endsWith("Module"));
  }

  private static JavaClass topLevelClassOf(JavaClass javaClass) {
    JavaClass current = javaClass;
    while (current.getEnclosingClass().isPresent()) {
      current = current.getEnclosingClass().get();
    }
    return current;
  }

  /** Public, and nested only in public classes. */
  private static DescribedPredicate<JavaClass> visibleOutsideItsPackage() {
    return DescribedPredicate.describe(
        "are visible outside their package",
        javaClass -> {
          for (JavaClass c = javaClass; ; c = c.getEnclosingClass().get()) {
            if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
              return false;
            }
            if (c.getEnclosingClass().isEmpty()) {
              return true;
            }
          }
        });
  }

  private static boolean visibleMember(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC)
        && !modifiers.contains(JavaModifier.BRIDGE);
  }

  private static ArchCondition<JavaClass> exposeOnlyTypesThatAre(
      DescribedPredicate<JavaClass> allowed) {
    return new ArchCondition<>("expose in public signatures only " + allowed.getDescription()) {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        List<String> problems = new ArrayList<>();
        String where = javaClass.getSourceCodeLocation().toString();
        javaClass.getSuperclass().ifPresent(
            type -> collect(problems, "Class <" + javaClass.getName() + "> extends", type));
        for (JavaType type : javaClass.getInterfaces()) {
          collect(problems, "Class <" + javaClass.getName() + "> implements", type);
        }
        for (JavaTypeVariable<JavaClass> variable : javaClass.getTypeParameters()) {
          collect(problems, "Class <" + javaClass.getName() + "> has type parameter", variable);
        }
        for (JavaField field : javaClass.getFields()) {
          if (visibleMember(field)) {
            collect(problems, field.getDescription() + " has type", field.getType());
          }
        }
        for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
          if (!visibleMember(codeUnit) || codeUnit.getName().equals("<clinit>")) {
            continue;
          }
          String unit = codeUnit.getDescription();
          if (codeUnit.isMethod()) {
            collect(problems, unit + " returns", codeUnit.getReturnType());
          }
          for (JavaType parameter : codeUnit.getParameterTypes()) {
            collect(problems, unit + " takes", parameter);
          }
          for (JavaTypeVariable<?> variable : codeUnit.getTypeParameters()) {
            collect(problems, unit + " has type parameter", variable);
          }
          for (JavaClass thrown : codeUnit.getExceptionTypes()) {
            collect(problems, unit + " throws", thrown);
          }
        }
        for (String problem : problems) {
          events.add(SimpleConditionEvent.violated(javaClass, problem + " in " + where));
        }
      }

      private void collect(List<String> problems, String what, JavaType type) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
          JavaClass base = raw.isArray() ? raw.getBaseComponentType() : raw;
          if (!allowed.test(base)) {
            String mentions = type.getName().equals(base.getName())
                ? "" : ", which mentions <" + base.getName() + ">";
            problems.add(what + " <" + type.getName() + ">" + mentions + ", not one of the "
                + allowed.getDescription());
          }
        }
      }
    };
  }

  private static ClassesTransformer<JavaPackage> packagesBelow(String root) {
    return new AbstractClassesTransformer<>("packages below " + root) {
      @Override
      public Iterable<JavaPackage> doTransform(JavaClasses classes) {
        TreeMap<String, JavaPackage> packages = new TreeMap<>();
        for (JavaClass javaClass : classes) {
          JavaPackage javaPackage = javaClass.getPackage();
          String name = javaPackage.getName();
          if (name.equals(root) || name.startsWith(root + ".")) {
            packages.putIfAbsent(name, javaPackage);
          }
        }
        return packages.values();
      }
    };
  }

  private static ArchCondition<JavaPackage> beAnnotatedWith(
      Class<? extends java.lang.annotation.Annotation> annotation) {
    return new ArchCondition<>("be annotated with @" + annotation.getSimpleName()) {
      @Override
      public void check(JavaPackage javaPackage, ConditionEvents events) {
        if (!javaPackage.isAnnotatedWith(annotation)) {
          String example = javaPackage.getClasses().stream()
              .map(JavaClass::getName)
              .sorted()
              .findFirst()
              .orElse("?");
          events.add(SimpleConditionEvent.violated(
              javaPackage,
              "Package <" + javaPackage.getName() + "> is not annotated with @"
                  + annotation.getSimpleName() + " (it holds e.g. <" + example + ">): add a "
                  + "package-info.java carrying @" + annotation.getName()));
        }
      }
    };
  }
}
