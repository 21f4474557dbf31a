package io.arsim.importer.arm;

import static io.arsim.importer.arm.Values.JSON;
import static io.arsim.importer.arm.Values.num;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.arsim.core.problem.Severity;
import io.arsim.core.problem.Suggestions;
import io.arsim.importer.inventory.JsonLocator;
import io.arsim.importer.inventory.ResourceIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Evaluates one template (the file's, or a nested deployment's inline template): parameters,
 * variables (with {@code copy}), user-defined functions, resources declared as an array
 * (languageVersion 1) or as an object of symbolic names (languageVersion 2.0), nested child
 * resources, {@code copy} loops on resources and properties, {@code condition}, {@code existing}, and
 * nested deployments with inline templates. Sources: "Template syntax and expressions", "Resource
 * iteration", "Property iteration", "Variable iteration", "Set name and type for child resources",
 * "Use symbolic name", "Nested templates" in the ARM template documentation.
 *
 * <p>Resources are expanded first (conditions, loops, types, names, ids), then their bodies are
 * evaluated; {@code reference()} evaluates the body it needs on demand, so declaration order does
 * not matter. Subtrees without expressions are shared, not copied.
 */
final class TemplateEvaluator {
  private static final Set<String> CONTEXT_FUNCTIONS = Set.of("if", "parameters", "variables", "copyindex",
      "resourcegroup", "subscription", "deployment", "environment", "tenant", "resourceid",
      "subscriptionresourceid", "tenantresourceid", "extensionresourceid", "reference", "resourceinfo", "lambda",
      "lambdavariables", "filter", "map", "reduce", "sort", "toobject", "mapvalues");

  private final Sink sink;
  private final JsonNode template;
  private final String base;
  private final DeploymentContext context;
  private final Map<String, JsonNode> supplied;
  private final TemplateEvaluator outer;
  private final boolean symbolic;

  private final Map<String, String> parameterNames = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, Object> parameterValues = new HashMap<>();
  private final Map<String, String> variableNames = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, JsonNode> copyVariables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, Object> variableValues = new HashMap<>();
  private final Set<String> evaluating = new HashSet<>();
  private final Map<String, JsonNode[]> functions = new HashMap<>();

  private final List<Instance> instances = new ArrayList<>();
  private final Map<String, Instance> byId = new HashMap<>();
  private final Map<String, List<Instance>> byName = new HashMap<>();
  private final Map<String, List<Instance>> bySymbol = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final List<TemplateEvaluator> nested = new ArrayList<>();
  private ObjectNode outputs;

  /** One resource instance: a declaration, at one copy index. */
  private final class Instance {
    final JsonNode decl;
    final String pointer;
    final Scope scope;
    final String type;
    final String name;
    final String id;
    final boolean existing;
    TemplateEvaluator deployment;
    ObjectNode properties;
    String location = "";
    String kind = "";
    JsonNode sku = NullNode.getInstance();
    boolean busy;
    TemplateError failure;

    Instance(JsonNode decl, String pointer, Scope scope, String type, String name, String id, boolean existing) {
      this.decl = decl;
      this.pointer = pointer;
      this.scope = scope;
      this.type = type;
      this.name = name;
      this.id = id;
      this.existing = existing;
    }

    /** Evaluates location, kind, sku and properties once. */
    void body() {
      if (failure != null) {
        throw failure;
      }
      if (properties != null) {
        return;
      }
      if (busy) {
        throw new TemplateError("reference-cycle", "the properties of " + name + " depend on themselves"
            + " through reference()", "break the cycle: take the value from a parameter or variable");
      }
      busy = true;
      try {
        JsonNode loc = field(decl, "location");
        location = loc == null ? "" : text(value(loc, scope, pointer + "/location"), "location");
        JsonNode k = field(decl, "kind");
        kind = k == null ? "" : text(value(k, scope, pointer + "/kind"), "kind");
        JsonNode s = field(decl, "sku");
        sku = s == null ? NullNode.getInstance() : value(s, scope, pointer + "/sku");
        JsonNode p = field(decl, "properties");
        JsonNode evaluated = p == null ? JSON.objectNode() : value(p, scope, pointer + "/properties");
        if (evaluated.isNull()) {
          evaluated = JSON.objectNode();
        }
        if (!evaluated.isObject()) {
          throw new TemplateError("invalid-template", "`properties` of " + name + " must be an object, found "
              + Values.typeName(evaluated), "write properties as a JSON object").at(pointer + "/properties");
        }
        properties = (ObjectNode) evaluated;
      } catch (TemplateError e) {
        failure = e;
        throw e;
      } finally {
        busy = false;
      }
    }
  }

  /** One enclosing copy loop: its name ("" for the resource's own loop) and index; a short list. */
  private record Loop(String name, int index, Loop outer) {
    Integer find(String loopName) {
      for (Loop l = this; l != null; l = l.outer) {
        if (l.name.equalsIgnoreCase(loopName)) {
          return l.index;
        }
      }
      return null;
    }
  }

  /**
   * The loop indexes, lambda variables and user-function arguments an expression sees. Every
   * resource instance of a copy loop keeps its scope, so loops are a linked list, not a map.
   */
  private record Scope(Loop loops, Map<String, JsonNode> lambdas, Map<String, JsonNode> args) {
    static final Scope EMPTY = new Scope(null, Map.of(), Map.of());

    Scope loop(String loopName, int index) {
      return new Scope(new Loop(loopName, index, loops), lambdas, args);
    }

    Integer loopIndex(String loopName) {
      return loops == null ? null : loops.find(loopName);
    }

    Scope lambda(String variable, JsonNode value) {
      Map<String, JsonNode> next = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      next.putAll(lambdas);
      next.put(variable, value);
      return new Scope(loops, next, args);
    }
  }

  TemplateEvaluator(Sink sink, JsonNode template, String base, DeploymentContext context,
      Map<String, JsonNode> supplied, TemplateEvaluator outer) {
    this.sink = sink;
    this.template = template;
    this.base = base;
    this.context = context;
    this.supplied = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    this.supplied.putAll(supplied);
    this.outer = outer;
    JsonNode resources = template.get("resources");
    this.symbolic = resources != null && resources.isObject();
    JsonNode params = template.get("parameters");
    if (params != null && params.isObject()) {
      params.fieldNames().forEachRemaining(n -> parameterNames.put(n, n));
    }
    JsonNode vars = template.get("variables");
    if (vars != null && vars.isObject()) {
      vars.fieldNames().forEachRemaining(n -> {
        if (!n.equals("copy")) {
          variableNames.put(n, n);
        }
      });
      JsonNode copy = vars.get("copy");
      if (copy != null && copy.isArray()) {
        for (int i = 0; i < copy.size(); i++) {
          JsonNode entry = copy.get(i);
          if (entry.path("name").isTextual()) {
            copyVariables.put(entry.get("name").textValue(), JSON.numberNode(i));
          }
        }
      }
    }
    JsonNode fns = template.get("functions");
    if (fns != null && fns.isArray()) {
      for (int i = 0; i < fns.size(); i++) {
        String namespace = fns.get(i).path("namespace").asText("");
        JsonNode members = fns.get(i).path("members");
        int ns = i;
        members.fieldNames().forEachRemaining(m -> functions.put((namespace + "." + m).toLowerCase(Locale.ROOT),
            new JsonNode[] {members.get(m), TextNode.valueOf("/functions/" + ns + "/members/" + JsonLocator.escape(m))}));
      }
    }
  }

  /** Checks supplied parameter names, expands every resource, then evaluates and emits them. */
  void run() {
    declareAll();
    evaluateAll();
  }

  private void declareAll() {
    for (String name : supplied.keySet()) {
      if (!parameterNames.containsKey(name)) {
        sink.problem(Severity.WARNING, "unknown-parameter", base + "/parameters", "a value is given for parameter `"
            + name + "`, which the template does not declare; it is ignored"
            + Suggestions.closest(name, parameterNames.keySet()).map(s -> " (did you mean `" + s + "`?)").orElse(""),
            "check the parameter name");
      }
    }
    JsonNode resources = template.get("resources");
    if (resources == null) {
      return;
    }
    if (resources.isArray()) {
      for (int i = 0; i < resources.size(); i++) {
        declare(resources.get(i), base + "/resources/" + i, null, Scope.EMPTY, "");
      }
    } else if (resources.isObject()) {
      for (Map.Entry<String, JsonNode> entry : resources.properties()) {
        declare(entry.getValue(), base + "/resources/" + JsonLocator.escape(entry.getKey()), null, Scope.EMPTY,
            entry.getKey());
      }
    } else {
      sink.problem(Severity.ERROR, "invalid-template", base + "/resources", "`resources` must be an array"
          + " (languageVersion 1) or an object of symbolic names (languageVersion 2.0)", "fix the template");
    }
  }

  private void evaluateAll() {
    for (Instance instance : instances) {
      if (instance.existing || instance.deployment != null) {
        continue;
      }
      try {
        instance.body();
        String shortName = instance.name.substring(instance.name.lastIndexOf('/') + 1);
        sink.emit(instance.type, instance.id, shortName, instance.location, instance.kind,
            withoutNulls(instance.sku), (ObjectNode) withoutNulls(instance.properties), instance.pointer);
      } catch (TemplateError e) {
        sink.error(e, instance.pointer);
      }
    }
    for (TemplateEvaluator child : nested) {
      child.evaluateAll();
    }
  }

  // ---- resources ---------------------------------------------------------------------------

  private void declare(JsonNode decl, String pointer, Instance parent, Scope scope, String symbolicName) {
    if (!decl.isObject()) {
      sink.problem(Severity.ERROR, "invalid-template", pointer, "a resource must be a JSON object, found "
          + Values.typeName(decl), "fix the template");
      return;
    }
    JsonNode copy = field(decl, "copy");
    if (copy == null) {
      declareOne(decl, pointer, parent, scope, symbolicName);
      return;
    }
    try {
      if (!copy.isObject()) {
        throw new TemplateError("invalid-template", "`copy` of a resource must be an object with `name` and"
            + " `count`", "see \"Resource iteration in ARM templates\"").at(pointer + "/copy");
      }
      String loopName = text(value(copy.path("name"), scope, pointer + "/copy/name"), "copy name");
      JsonNode count = value(copy.path("count"), scope, pointer + "/copy/count");
      if (!count.isIntegralNumber() || count.longValue() < 0 || count.longValue() > 800) {
        throw new TemplateError("invalid-template", "copy `count` must be an int from 0 to 800, found "
            + Values.show(count), "ARM allows at most 800 copies").at(pointer + "/copy/count");
      }
      for (int i = 0; i < count.intValue(); i++) {
        declareOne(decl, pointer, parent, scope.loop("", i).loop(loopName, i), symbolicName);
      }
    } catch (TemplateError e) {
      sink.error(e, pointer);
    }
  }

  private void declareOne(JsonNode decl, String pointer, Instance parent, Scope scope, String symbolicName) {
    Instance instance;
    try {
      JsonNode condition = field(decl, "condition");
      if (condition != null) {
        JsonNode holds = value(condition, scope, pointer + "/condition");
        if (!holds.isBoolean()) {
          throw new TemplateError("invalid-template", "`condition` must be a bool, found " + Values.show(holds),
              "make the condition a bool expression").at(pointer + "/condition");
        }
        if (!holds.booleanValue()) {
          String what = decl.path("type").asText("resource");
          sink.note("condition-false", "not deployed: the condition of " + what + " is false", pointer);
          return;
        }
      }
      JsonNode typeNode = field(decl, "type");
      JsonNode nameNode = field(decl, "name");
      if (typeNode == null || nameNode == null) {
        throw new TemplateError("invalid-template", "a resource needs `type` and `name`",
            "add the missing property").at(pointer);
      }
      String type = text(value(typeNode, scope, pointer + "/type"), "type");
      String name = text(value(nameNode, scope, pointer + "/name"), "name");
      if (parent != null && type.indexOf('/') < 0) {
        type = parent.type + "/" + type;
        name = parent.name + "/" + name;
      }
      boolean existing = field(decl, "existing") != null && field(decl, "existing").asBoolean(false);
      String groupId = ResourceIds.resourceGroupId(context.subscriptionId(), context.resourceGroup());
      if (type.equalsIgnoreCase("Microsoft.Resources/deployments")) {
        instance = new Instance(decl, pointer, scope, type, name, ResourceIds.of(groupId, type, List.of(name)), false);
        instance.deployment = deployment(instance);
      } else {
        List<String> names = List.of(name.split("/"));
        String id;
        try {
          id = ResourceIds.of(groupId, type, names);
        } catch (IllegalArgumentException e) {
          int segments = type.split("/").length - 1;
          throw new TemplateError("invalid-template", "resource name '" + name + "' has " + names.size()
              + " segment(s) but type " + type + " needs " + segments
              + " (one per type segment after the namespace, e.g. vnet/subnet for subnets)",
              "write the name as " + String.join("/", Collections.nCopies(Math.max(segments, 1), "<name>")))
              .at(pointer + "/name");
        }
        instance = new Instance(decl, pointer, scope, type, name, id, existing);
      }
    } catch (TemplateError e) {
      sink.error(e, pointer);
      return;
    }
    register(instance, symbolicName);
    JsonNode children = field(decl, "resources");
    if (children != null && children.isArray()) {
      for (int i = 0; i < children.size(); i++) {
        declare(children.get(i), pointer + "/resources/" + i, instance, instance.scope, "");
      }
    }
  }

  private void register(Instance instance, String symbolicName) {
    instances.add(instance);
    byId.putIfAbsent(ResourceIds.key(instance.id), instance);
    byName.computeIfAbsent(instance.name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(instance);
    if (!symbolicName.isEmpty()) {
      bySymbol.computeIfAbsent(symbolicName, n -> new ArrayList<>()).add(instance);
    }
    if (instance.existing) {
      sink.note("existing-resource", "not imported: " + instance.type + " '" + instance.name
          + "' is declared `existing` (it lives in Azure, outside this template)", instance.pointer);
    }
  }

  /** A nested deployment ("Using linked and nested templates"): only inline templates. */
  private TemplateEvaluator deployment(Instance instance) {
    String pointer = instance.pointer;
    JsonNode properties = field(instance.decl, "properties");
    if (properties == null || !properties.isObject()) {
      throw new TemplateError("invalid-template", "a nested deployment needs `properties` with a `template`",
          "add properties.template").at(pointer);
    }
    if (properties.has("templateLink")) {
      throw new TemplateError("unsupported-construct", "linked templates (templateLink) are not supported:"
          + " arsim reads one template file and cannot download another",
          "inline the template (az bicep build inlines modules), or import the linked template on its own")
          .at(pointer + "/properties/templateLink");
    }
    JsonNode inner = properties.get("template");
    if (inner == null || !inner.isObject()) {
      throw new TemplateError("invalid-template", "a nested deployment needs an inline `template` object",
          "add properties.template").at(pointer + "/properties");
    }
    String scopeName = properties.path("expressionEvaluationOptions").path("scope").asText("outer");
    DeploymentContext childContext = context.named(instance.name.substring(instance.name.lastIndexOf('/') + 1));
    JsonNode group = field(instance.decl, "resourceGroup");
    JsonNode subscription = field(instance.decl, "subscriptionId");
    if (group != null || subscription != null) {
      String sub = subscription == null ? context.subscriptionId()
          : text(value(subscription, instance.scope, pointer + "/subscriptionId"), "subscriptionId");
      String rg = group == null ? context.resourceGroup()
          : text(value(group, instance.scope, pointer + "/resourceGroup"), "resourceGroup");
      childContext = childContext.inResourceGroup(sub, rg);
    }
    TemplateEvaluator child;
    if (scopeName.equalsIgnoreCase("inner")) {
      Map<String, JsonNode> values = new LinkedHashMap<>();
      JsonNode params = properties.get("parameters");
      if (params != null && params.isObject()) {
        for (Map.Entry<String, JsonNode> entry : params.properties()) {
          String at = pointer + "/properties/parameters/" + JsonLocator.escape(entry.getKey());
          if (entry.getValue().has("reference")) {
            throw new TemplateError("unsupported-construct", "parameter `" + entry.getKey() + "` is a Key Vault"
                + " reference; arsim cannot read Key Vault", "give the value directly").at(at + "/reference");
          }
          // Bicep writes a for-expression argument as {"copy": [{"name": "value", ...}]}: evaluate the entry
          values.put(entry.getKey(), value(entry.getValue(), instance.scope, at).path("value"));
        }
      }
      child = new TemplateEvaluator(sink, inner, pointer + "/properties/template", childContext, values, null);
    } else {
      child = new TemplateEvaluator(sink, inner, pointer + "/properties/template", childContext, Map.of(), this);
    }
    nested.add(child);
    child.declareAll();
    return child;
  }

  // ---- values ------------------------------------------------------------------------------

  /** A template value with its expressions evaluated; unchanged subtrees are returned as they are. */
  private JsonNode value(JsonNode node, Scope scope, String pointer) {
    return value(node, scope, new Ptr(null, pointer, -1));
  }

  /**
   * Where a value is, built into a JSON pointer only when a problem needs it: evaluating a large
   * template visits millions of values, and a string per value would be most of what it allocates.
   */
  private static final class Ptr {
    private final Ptr parent;
    private final String segment;
    private final int index;

    Ptr(Ptr parent, String segment, int index) {
      this.parent = parent;
      this.segment = segment;
      this.index = index;
    }

    Ptr field(String name) {
      return new Ptr(this, name, -1);
    }

    Ptr element(int i) {
      return new Ptr(this, null, i);
    }

    @Override
    public String toString() {
      if (parent == null) {
        return segment;
      }
      return parent + "/" + (segment == null ? Integer.toString(index) : JsonLocator.escape(segment));
    }
  }

  private JsonNode value(JsonNode node, Scope scope, Ptr pointer) {
    if (node.isTextual()) {
      String s = node.textValue();
      if (ExpressionParser.isExpression(s)) {
        try {
          Expr expr = sink.expressions.get(s);
          if (expr == null) {
            expr = ExpressionParser.parse(s.substring(1, s.length() - 1));
            sink.expressions.put(s, expr);
          }
          return eval(expr, scope);
        } catch (TemplateError e) {
          throw e.at(pointer.toString());
        }
      }
      return s.startsWith("[[") ? TextNode.valueOf(s.substring(1)) : node;
    }
    if (node.isObject()) {
      return object((ObjectNode) node, scope, pointer);
    }
    if (node.isArray()) {
      ArrayNode out = null;
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        JsonNode evaluated = value(element, scope, pointer.element(i));
        if (out == null && evaluated != element) {
          out = JSON.arrayNode(node.size());
          for (int j = 0; j < i; j++) {
            out.add(node.get(j));
          }
        }
        if (out != null) {
          out.add(evaluated);
        }
      }
      return out == null ? node : out;
    }
    return node;
  }

  private JsonNode object(ObjectNode node, Scope scope, Ptr pointer) {
    JsonNode copy = node.get("copy");
    boolean loops = copy != null && copy.isArray() && isPropertyCopy(copy);
    ObjectNode out = loops ? JSON.objectNode() : null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = field.getKey();
      if (loops && key.equals("copy")) {
        continue;
      }
      String newKey = key;
      if (ExpressionParser.isExpression(key)) {
        newKey = text(value(TextNode.valueOf(key), scope, pointer.field(key)), "property name");
      } else if (key.startsWith("[[")) {
        newKey = key.substring(1);
      }
      JsonNode evaluated = value(field.getValue(), scope, pointer.field(key));
      if (out == null && (evaluated != field.getValue() || !newKey.equals(key))) {
        out = JSON.objectNode();
        for (Map.Entry<String, JsonNode> before : node.properties()) {
          if (before.getKey().equals(key)) {
            break;
          }
          out.set(before.getKey(), before.getValue());
        }
      }
      if (out != null) {
        out.set(newKey, evaluated);
      }
    }
    if (loops) {
      String base = pointer.toString();
      for (int i = 0; i < copy.size(); i++) {
        JsonNode entry = copy.get(i);
        String at = base + "/copy/" + i;
        String loopName = text(value(entry.get("name"), scope, at + "/name"), "copy name");
        JsonNode count = value(entry.get("count"), scope, at + "/count");
        if (!count.isIntegralNumber() || count.longValue() < 0 || count.longValue() > 800) {
          throw new TemplateError("invalid-template", "copy `count` must be an int from 0 to 800, found "
              + Values.show(count), "ARM allows at most 800 iterations").at(at + "/count");
        }
        ArrayNode items = JSON.arrayNode(count.intValue());
        Ptr input = new Ptr(null, at + "/input", -1);
        for (int j = 0; j < count.intValue(); j++) {
          items.add(value(entry.get("input"), scope.loop(loopName, j), input));
        }
        out.set(loopName, items);
      }
    }
    return out == null ? node : out;
  }

  private static boolean isPropertyCopy(JsonNode copy) {
    for (JsonNode entry : copy) {
      if (!entry.isObject() || !entry.has("name") || !entry.has("count") || !entry.has("input")) {
        return false;
      }
    }
    return copy.size() > 0;
  }

  // ---- expressions -------------------------------------------------------------------------

  private JsonNode eval(Expr expr, Scope scope) {
    try {
      if (expr instanceof Expr.Literal literal) {
        return literal.value();
      }
      if (expr instanceof Expr.Member member) {
        return member(eval(member.target(), scope), member.name());
      }
      if (expr instanceof Expr.Index index) {
        return index(eval(index.target(), scope), eval(index.index(), scope));
      }
      return call((Expr.Call) expr, scope);
    } catch (TemplateError e) {
      throw e.withOffset(expr.offset());
    } catch (ArithmeticException e) {
      throw new TemplateError("wrong-argument", "integer overflow", "keep numbers within 64 bits", expr.offset());
    }
  }

  private static JsonNode member(JsonNode target, String name) {
    if (target.isObject()) {
      JsonNode value = Values.member(target, name);
      if (value == null) {
        List<String> known = new ArrayList<>();
        target.fieldNames().forEachRemaining(known::add);
        throw new TemplateError("unknown-property", "the object has no property `" + name + "`"
            + Suggestions.closest(name, known).map(s -> " (did you mean `" + s + "`?)").orElse("")
            + "; it has: " + (known.isEmpty() ? "nothing" : String.join(", ", known)),
            "check the spelling; a property Azure sets when it deploys the resource (provisioningState,"
                + " virtualRouterIps, ...) is unknown before deployment: give it as a parameter instead");
      }
      return value;
    }
    throw new TemplateError("unknown-property", "cannot read `." + name + "` of " + Values.typeName(target) + " "
        + Values.show(target), "apply ." + name + " to an object");
  }

  private static JsonNode index(JsonNode target, JsonNode index) {
    if (target.isArray() && index.isIntegralNumber()) {
      long i = index.longValue();
      if (i < 0 || i >= target.size()) {
        throw new TemplateError("wrong-argument", "index " + i + " is out of range; the array has " + target.size()
            + " element(s)", "use an index from 0 to " + (target.size() - 1));
      }
      return target.get((int) i);
    }
    if (target.isObject() && index.isTextual()) {
      return member(target, index.textValue());
    }
    throw new TemplateError("wrong-argument", "cannot index " + Values.typeName(target) + " with "
        + Values.typeName(index) + " " + Values.show(index), "index arrays with ints and objects with strings");
  }

  private JsonNode call(Expr.Call call, Scope scope) {
    String name = call.name();
    List<Expr> args = call.args();
    if (CONTEXT_FUNCTIONS.contains(name)) {
      return contextCall(call, scope);
    }
    if (ArmFunctions.NAMES.contains(name)) {
      List<JsonNode> values = new ArrayList<>(args.size());
      for (Expr arg : args) {
        values.add(eval(arg, scope));
      }
      return ArmFunctions.call(name, values);
    }
    if (name.indexOf('.') >= 0) {
      return userFunction(call, scope);
    }
    if (name.startsWith("list")) {
      throw new TemplateError("unsupported-function", call.spelled() + "() reads keys or secrets of deployed"
          + " resources; arsim evaluates templates without Azure and does not support it",
          "give the value as a parameter", call.offset());
    }
    Set<String> known = new HashSet<>(ArmFunctions.NAMES);
    known.addAll(CONTEXT_FUNCTIONS);
    throw new TemplateError("unsupported-function", "the function `" + call.spelled()
        + "` is not supported by arsim's template evaluator"
        + Suggestions.closest(name, known).map(s -> " (did you mean `" + s + "`?)").orElse(""),
        "use a supported function, or give the value as a parameter; the import module's README lists the"
            + " supported functions", call.offset());
  }

  private JsonNode contextCall(Expr.Call call, Scope scope) {
    String name = call.name();
    List<Expr> args = call.args();
    switch (name) {
      case "if": {
        checkCount(call, 3, 3);
        JsonNode condition = eval(args.get(0), scope);
        if (!condition.isBoolean()) {
          throw new TemplateError("wrong-argument", "if(): the condition must be a bool, found "
              + Values.show(condition), "make the first argument a bool expression");
        }
        return eval(args.get(condition.booleanValue() ? 1 : 2), scope);
      }
      case "parameters": {
        checkCount(call, 1, 1);
        String parameter = text(eval(args.get(0), scope), "parameter name");
        JsonNode arg = scope.args().get(parameter);
        if (arg != null) {
          return arg;
        }
        return parameter(parameter);
      }
      case "variables": {
        checkCount(call, 1, 1);
        String variable = text(eval(args.get(0), scope), "variable name");
        JsonNode lambda = lambdaVariable(scope, variable);
        return lambda != null ? lambda : variable(variable);
      }
      case "lambdavariables": {
        checkCount(call, 1, 1);
        String variable = text(eval(args.get(0), scope), "lambda variable name");
        JsonNode lambda = lambdaVariable(scope, variable);
        if (lambda == null) {
          throw new TemplateError("unknown-variable", "lambdaVariables('" + variable + "') is used outside a"
              + " lambda that declares it", "declare it with lambda('" + variable + "', ...)");
        }
        return lambda;
      }
      case "copyindex":
        return copyIndex(call, scope);
      case "resourcegroup": {
        checkCount(call, 0, 0);
        ObjectNode group = JSON.objectNode();
        group.put("id", ResourceIds.resourceGroupId(context.subscriptionId(), context.resourceGroup()));
        group.put("name", context.resourceGroup());
        group.put("type", "Microsoft.Resources/resourceGroups");
        group.put("location", context.location());
        group.set("tags", JSON.objectNode());
        group.putObject("properties").put("provisioningState", "Succeeded");
        return group;
      }
      case "subscription": {
        checkCount(call, 0, 0);
        ObjectNode sub = JSON.objectNode();
        sub.put("id", "/subscriptions/" + context.subscriptionId());
        sub.put("subscriptionId", context.subscriptionId());
        sub.put("tenantId", context.tenantId());
        sub.put("displayName", "arsim placeholder subscription");
        return sub;
      }
      case "tenant": {
        checkCount(call, 0, 0);
        ObjectNode tenant = JSON.objectNode();
        tenant.put("tenantId", context.tenantId());
        tenant.put("countryCode", "");
        tenant.put("displayName", "arsim placeholder tenant");
        return tenant;
      }
      case "deployment": {
        checkCount(call, 0, 0);
        ObjectNode deployment = JSON.objectNode();
        deployment.put("name", context.deploymentName());
        deployment.put("location", context.location());
        ObjectNode properties = deployment.putObject("properties");
        properties.putObject("template").put("contentVersion", template.path("contentVersion").asText("1.0.0.0"));
        properties.put("mode", "Incremental");
        properties.put("provisioningState", "Accepted");
        return deployment;
      }
      case "environment":
        checkCount(call, 0, 0);
        return AzureCloud.ENVIRONMENT;
      case "resourceid":
      case "subscriptionresourceid":
      case "tenantresourceid":
      case "extensionresourceid":
        return resourceId(call, scope);
      case "reference":
        return reference(call, scope);
      case "resourceinfo": {
        checkCount(call, 1, 1);
        Instance instance = find(text(eval(args.get(0), scope), "symbolic name"), call);
        ObjectNode info = JSON.objectNode();
        info.put("id", instance.id);
        info.put("name", instance.name);
        info.put("type", instance.type);
        info.put("apiVersion", instance.decl.path("apiVersion").asText(""));
        return info;
      }
      case "lambda":
        throw new TemplateError("unsupported-construct", "lambda() can only be an argument of filter, map,"
            + " reduce, sort, toObject or mapValues", "pass the lambda to one of those functions", call.offset());
      default:
        return lambdaCall(call, scope);
    }
  }

  private static JsonNode lambdaVariable(Scope scope, String name) {
    return scope.lambdas().isEmpty() ? null : scope.lambdas().get(name);
  }

  private static void checkCount(Expr.Call call, int min, int max) {
    int n = call.args().size();
    if (n < min || n > max) {
      String expected = min == max ? String.valueOf(min) : min + " to " + max;
      throw new TemplateError("wrong-argument", call.spelled() + "() takes " + expected + " argument(s), found " + n,
          "see the ARM template functions reference for " + call.spelled() + "()", call.offset());
    }
  }

  private JsonNode copyIndex(Expr.Call call, Scope scope) {
    checkCount(call, 0, 2);
    String loop = "";
    long offset = 0;
    for (Expr arg : call.args()) {
      JsonNode v = eval(arg, scope);
      if (v.isTextual()) {
        loop = v.textValue();
      } else if (v.isIntegralNumber()) {
        offset = v.longValue();
      } else {
        throw new TemplateError("wrong-argument", "copyIndex() takes a loop name and/or an offset, found "
            + Values.show(v), "write copyIndex(), copyIndex(1), copyIndex('loop') or copyIndex('loop', 1)");
      }
    }
    Integer index = scope.loopIndex(loop);
    if (index == null) {
      throw new TemplateError("invalid-template", loop.isEmpty()
          ? "copyIndex() is used outside a resource copy loop"
          : "copyIndex('" + loop + "') names no enclosing copy loop",
          loop.isEmpty() ? "inside a property or variable loop, name it: copyIndex('loopName')"
              : "use the `name` of an enclosing copy", call.offset());
    }
    return num(index + offset);
  }

  private JsonNode parameter(String name) {
    if (outer != null) {
      return outer.parameter(name);
    }
    String declared = parameterNames.get(name);
    if (declared == null) {
      throw new TemplateError("unknown-parameter", "parameters('" + name + "'): the template declares no such"
          + " parameter" + Suggestions.closest(name, parameterNames.keySet())
          .map(s -> " (did you mean `" + s + "`?)").orElse(""), "declare it under `parameters` or fix the name");
    }
    Object memo = parameterValues.get(declared);
    if (memo instanceof TemplateError e) {
      throw e;
    }
    if (memo != null) {
      return (JsonNode) memo;
    }
    String pointer = base + "/parameters/" + JsonLocator.escape(declared);
    if (!evaluating.add("p:" + declared)) {
      throw new TemplateError("reference-cycle", "the default value of parameter `" + declared
          + "` depends on itself", "break the cycle").at(pointer);
    }
    try {
      JsonNode decl = template.get("parameters").get(declared);
      JsonNode value;
      if (supplied.containsKey(declared)) {
        value = supplied.get(declared);
      } else if (decl.has("defaultValue")) {
        value = value(decl.get("defaultValue"), Scope.EMPTY, pointer + "/defaultValue");
      } else if (decl.path("nullable").asBoolean(false)) {
        value = NullNode.getInstance();
      } else {
        throw new TemplateError("missing-parameter", "parameter `" + declared + "` has no value: it has no"
            + " defaultValue and none was given", "give it in a parameters file or on the command line as "
            + declared + "=VALUE").at(pointer);
      }
      checkParameter(declared, decl, value, pointer);
      parameterValues.put(declared, value);
      return value;
    } catch (TemplateError e) {
      parameterValues.put(declared, e);
      throw e;
    } finally {
      evaluating.remove("p:" + declared);
    }
  }

  private static void checkParameter(String name, JsonNode decl, JsonNode value, String pointer) {
    String type = decl.path("type").asText("").toLowerCase(Locale.ROOT);
    boolean ok;
    switch (type) {
      case "string":
      case "securestring":
        ok = value.isTextual();
        break;
      case "int":
        ok = value.isIntegralNumber();
        break;
      case "bool":
        ok = value.isBoolean();
        break;
      case "array":
        ok = value.isArray();
        break;
      case "object":
      case "secureobject":
        ok = value.isObject();
        break;
      default:
        ok = true;
    }
    if (value.isNull() && decl.path("nullable").asBoolean(false)) {
      ok = true;
    }
    if (!ok) {
      throw new TemplateError("wrong-type", "parameter `" + name + "` is declared " + decl.path("type").asText()
          + " but its value is " + Values.typeName(value) + " " + Values.show(value),
          "give a value of type " + decl.path("type").asText()).at(pointer);
    }
    JsonNode allowed = decl.get("allowedValues");
    if (allowed != null && allowed.isArray() && !value.isArray()) {
      boolean found = false;
      for (JsonNode a : allowed) {
        found |= Values.equal(a, value);
      }
      if (!found) {
        throw new TemplateError("wrong-value", "parameter `" + name + "` is " + Values.show(value)
            + ", which is not one of its allowedValues " + allowed, "give one of " + allowed).at(pointer);
      }
    }
  }

  private JsonNode variable(String name) {
    if (outer != null) {
      return outer.variable(name);
    }
    String declared = variableNames.get(name);
    boolean loop = false;
    if (declared == null && copyVariables.containsKey(name)) {
      declared = ((TreeMap<String, JsonNode>) copyVariables).ceilingKey(name);
      loop = true;
    }
    if (declared == null) {
      Set<String> known = new HashSet<>(variableNames.keySet());
      known.addAll(copyVariables.keySet());
      throw new TemplateError("unknown-variable", "variables('" + name + "'): the template declares no such"
          + " variable" + Suggestions.closest(name, known).map(s -> " (did you mean `" + s + "`?)").orElse(""),
          "declare it under `variables` or fix the name");
    }
    Object memo = variableValues.get(declared);
    if (memo instanceof TemplateError e) {
      throw e;
    }
    if (memo != null) {
      return (JsonNode) memo;
    }
    if (!evaluating.add("v:" + declared)) {
      throw new TemplateError("reference-cycle", "variable `" + declared + "` depends on itself",
          "break the cycle between the variables");
    }
    try {
      JsonNode value;
      if (loop) {
        int i = copyVariables.get(declared).intValue();
        JsonNode entry = template.get("variables").get("copy").get(i);
        String at = base + "/variables/copy/" + i;
        JsonNode count = value(entry.path("count"), Scope.EMPTY, at + "/count");
        if (!count.isIntegralNumber() || count.longValue() < 0 || count.longValue() > 800) {
          throw new TemplateError("invalid-template", "copy `count` must be an int from 0 to 800, found "
              + Values.show(count), "ARM allows at most 800 iterations").at(at + "/count");
        }
        ArrayNode items = JSON.arrayNode();
        for (int j = 0; j < count.intValue(); j++) {
          items.add(value(entry.path("input"), Scope.EMPTY.loop(declared, j), at + "/input"));
        }
        value = items;
      } else {
        value = value(template.get("variables").get(declared), Scope.EMPTY,
            base + "/variables/" + JsonLocator.escape(declared));
      }
      variableValues.put(declared, value);
      return value;
    } catch (TemplateError e) {
      variableValues.put(declared, e);
      throw e;
    } finally {
      evaluating.remove("v:" + declared);
    }
  }

  private JsonNode userFunction(Expr.Call call, Scope scope) {
    JsonNode[] fn = functions.get(call.name());
    if (fn == null && outer != null) {
      return outer.userFunction(call, scope);
    }
    if (fn == null) {
      throw new TemplateError("unsupported-function", "the function `" + call.spelled() + "` is not declared"
          + " under `functions`", "declare it, or fix the namespace and name", call.offset());
    }
    JsonNode params = fn[0].path("parameters");
    if (params.size() != call.args().size()) {
      throw new TemplateError("wrong-argument", call.spelled() + "() takes " + params.size()
          + " argument(s), found " + call.args().size(), "pass one value per declared parameter", call.offset());
    }
    Map<String, JsonNode> args = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < params.size(); i++) {
      args.put(params.get(i).path("name").asText(), eval(call.args().get(i), scope));
    }
    Scope inner = new Scope(null, Map.of(), args);
    return value(fn[0].path("output").path("value"), inner, base + fn[1].textValue() + "/output/value");
  }

  private JsonNode lambdaCall(Expr.Call call, Scope scope) {
    String name = call.name();
    List<Expr> args = call.args();
    switch (name) {
      case "filter": {
        checkCount(call, 2, 2);
        ArrayNode out = JSON.arrayNode();
        for (JsonNode item : array(eval(args.get(0), scope), call)) {
          JsonNode keep = applyLambda(args.get(1), scope, call, item);
          if (!keep.isBoolean()) {
            throw new TemplateError("wrong-argument", "filter(): the lambda must give a bool, found "
                + Values.show(keep), "make the lambda a condition", call.offset());
          }
          if (keep.booleanValue()) {
            out.add(item);
          }
        }
        return out;
      }
      case "map": {
        checkCount(call, 2, 2);
        ArrayNode out = JSON.arrayNode();
        for (JsonNode item : array(eval(args.get(0), scope), call)) {
          out.add(applyLambda(args.get(1), scope, call, item));
        }
        return out;
      }
      case "reduce": {
        checkCount(call, 3, 3);
        JsonNode accumulator = eval(args.get(1), scope);
        for (JsonNode item : array(eval(args.get(0), scope), call)) {
          accumulator = applyLambda(args.get(2), scope, call, accumulator, item);
        }
        return accumulator;
      }
      case "sort": {
        checkCount(call, 2, 2);
        List<JsonNode> items = new ArrayList<>();
        array(eval(args.get(0), scope), call).forEach(items::add);
        for (int i = 1; i < items.size(); i++) {
          JsonNode current = items.get(i);
          int j = i - 1;
          while (j >= 0 && applyLambda(args.get(1), scope, call, current, items.get(j)).asBoolean(false)) {
            items.set(j + 1, items.get(j));
            j--;
          }
          items.set(j + 1, current);
        }
        return JSON.arrayNode().addAll(items);
      }
      case "toobject": {
        checkCount(call, 2, 3);
        ObjectNode out = JSON.objectNode();
        for (JsonNode item : array(eval(args.get(0), scope), call)) {
          String key = text(applyLambda(args.get(1), scope, call, item), "toObject key");
          out.set(key, args.size() > 2 ? applyLambda(args.get(2), scope, call, item) : item);
        }
        return out;
      }
      case "mapvalues": {
        checkCount(call, 2, 2);
        JsonNode object = eval(args.get(0), scope);
        if (!object.isObject()) {
          throw new TemplateError("wrong-argument", "mapValues(): the first argument must be an object",
              "pass an object", call.offset());
        }
        ObjectNode out = JSON.objectNode();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
          out.set(field.getKey(), applyLambda(args.get(1), scope, call, field.getValue()));
        }
        return out;
      }
      default:
        throw new IllegalStateException("no context function " + name);
    }
  }

  private static JsonNode array(JsonNode value, Expr.Call call) {
    if (!value.isArray()) {
      throw new TemplateError("wrong-argument", call.spelled() + "(): the first argument must be an array, found "
          + Values.typeName(value), "pass an array", call.offset());
    }
    return value;
  }

  private JsonNode applyLambda(Expr lambda, Scope scope, Expr.Call call, JsonNode... values) {
    if (!(lambda instanceof Expr.Call fn) || !fn.name().equals("lambda") || fn.args().size() != values.length + 1) {
      throw new TemplateError("wrong-argument", call.spelled() + "() needs a lambda with " + values.length
          + " parameter(s), e.g. lambda('x', ...)", "pass lambda('name', expression)", call.offset());
    }
    Scope inner = scope;
    for (int i = 0; i < values.length; i++) {
      inner = inner.lambda(text(eval(fn.args().get(i), scope), "lambda parameter"), values[i]);
    }
    return eval(fn.args().get(values.length), inner);
  }

  private JsonNode resourceId(Expr.Call call, Scope scope) {
    List<String> args = new ArrayList<>();
    for (Expr arg : call.args()) {
      args.add(text(eval(arg, scope), call.spelled() + " argument"));
    }
    String name = call.name();
    String prefix;
    int typeAt;
    if (name.equals("extensionresourceid")) {
      if (args.size() < 3) {
        throw new TemplateError("wrong-argument", "extensionResourceId() takes a resource id, a type and"
            + " names", "write extensionResourceId(id, 'Namespace/type', 'name')", call.offset());
      }
      prefix = args.get(0);
      typeAt = 1;
    } else {
      typeAt = -1;
      for (int i = 0; i < args.size(); i++) {
        if (args.get(i).indexOf('/') >= 0) {
          typeAt = i;
          break;
        }
      }
      if (typeAt < 0) {
        throw new TemplateError("wrong-argument", call.spelled() + "() needs a resource type such as"
            + " 'Microsoft.Network/virtualNetworks'", "pass the type before the names", call.offset());
      }
      String sub = context.subscriptionId();
      String group = context.resourceGroup();
      if (name.equals("resourceid")) {
        if (typeAt == 1) {
          group = args.get(0);
        } else if (typeAt == 2) {
          sub = args.get(0);
          group = args.get(1);
        } else if (typeAt > 2) {
          throw new TemplateError("wrong-argument", "resourceId() takes at most a subscription id and a resource"
              + " group before the type", "write resourceId([sub], [group], type, names...)", call.offset());
        }
        prefix = ResourceIds.resourceGroupId(sub, group);
      } else if (name.equals("subscriptionresourceid")) {
        if (typeAt == 1) {
          sub = args.get(0);
        }
        prefix = "/subscriptions/" + sub;
      } else {
        prefix = "";
      }
    }
    String type = args.get(typeAt);
    List<String> names = new ArrayList<>();
    for (String n : args.subList(typeAt + 1, args.size())) {
      names.addAll(List.of(n.split("/")));
    }
    try {
      return TextNode.valueOf(ResourceIds.of(prefix, type, names));
    } catch (IllegalArgumentException e) {
      throw new TemplateError("wrong-argument", call.spelled() + "(): " + e.getMessage(),
          "pass one name per type segment after the namespace", call.offset());
    }
  }

  private JsonNode reference(Expr.Call call, Scope scope) {
    checkCount(call, 1, 3);
    String target = text(eval(call.args().get(0), scope), "reference target");
    boolean full = call.args().size() == 3
        && text(eval(call.args().get(2), scope), "reference option").equalsIgnoreCase("full");
    Instance instance = find(target, call);
    if (instance.existing) {
      throw new TemplateError("unresolved-reference", "reference('" + target + "'): " + instance.name
          + " is declared `existing`; its properties live in Azure and arsim cannot read them",
          "give the values you need as parameters", call.offset());
    }
    if (instance.deployment != null) {
      ObjectNode properties = JSON.objectNode();
      properties.set("outputs", instance.deployment.outputs());
      if (!full) {
        return properties;
      }
      ObjectNode whole = JSON.objectNode();
      whole.put("id", instance.id);
      whole.put("name", instance.name);
      whole.set("properties", properties);
      return whole;
    }
    instance.body();
    if (!full) {
      return instance.properties;
    }
    ObjectNode whole = JSON.objectNode();
    whole.put("id", instance.id);
    whole.put("name", instance.name);
    whole.put("type", instance.type);
    whole.put("apiVersion", instance.decl.path("apiVersion").asText(""));
    whole.put("location", instance.location);
    if (!instance.kind.isEmpty()) {
      whole.put("kind", instance.kind);
    }
    if (!instance.sku.isNull()) {
      whole.set("sku", instance.sku);
    }
    whole.set("properties", instance.properties);
    return whole;
  }

  /** A resource of this template by symbolic name ({@code vnet}, {@code vnets[1]}), id or name. */
  private Instance find(String target, Expr.Call call) {
    if (symbolic) {
      String symbol = target;
      int index = -1;
      int bracket = target.indexOf('[');
      if (bracket > 0 && target.endsWith("]")) {
        symbol = target.substring(0, bracket);
        try {
          index = Integer.parseInt(target.substring(bracket + 1, target.length() - 1).strip());
        } catch (NumberFormatException e) {
          index = -1;
        }
      }
      List<Instance> found = bySymbol.get(symbol);
      if (found != null) {
        if (index >= 0 && index < found.size()) {
          return found.get(index);
        }
        if (index < 0 && found.size() == 1) {
          return found.get(0);
        }
      }
    }
    Instance instance = target.startsWith("/") ? byId.get(ResourceIds.key(target)) : null;
    if (instance == null) {
      List<Instance> named = byName.getOrDefault(target.toLowerCase(Locale.ROOT), List.of());
      if (named.size() > 1) {
        throw new TemplateError("unresolved-reference", call.spelled() + "('" + target + "'): " + named.size()
            + " resources of this template have this name", "refer to it by resourceId(...)", call.offset());
      }
      instance = named.isEmpty() ? null : named.get(0);
    }
    if (instance == null) {
      throw new TemplateError("unresolved-reference", call.spelled() + "('" + target + "'): no resource of this"
          + " template has this " + (target.startsWith("/") ? "id" : "name") + "; arsim evaluates the template"
          + " without Azure, so it cannot read resources deployed elsewhere",
          "refer to a resource the template declares, or give the value as a parameter", call.offset());
    }
    return instance;
  }

  /** The template's outputs, evaluated on first use (for reference() to a nested deployment). */
  private ObjectNode outputs() {
    if (outputs != null) {
      return outputs;
    }
    ObjectNode out = JSON.objectNode();
    JsonNode declared = template.get("outputs");
    if (declared != null && declared.isObject()) {
      for (Map.Entry<String, JsonNode> entry : declared.properties()) {
        String at = base + "/outputs/" + JsonLocator.escape(entry.getKey());
        JsonNode decl = entry.getValue();
        JsonNode value;
        if (decl.has("copy")) {
          JsonNode count = value(decl.get("copy").path("count"), Scope.EMPTY, at + "/copy/count");
          ArrayNode items = JSON.arrayNode();
          for (int i = 0; i < count.asInt(0); i++) {
            items.add(value(decl.get("copy").path("input"), Scope.EMPTY.loop("", i), at + "/copy/input"));
          }
          value = items;
        } else {
          value = value(decl.path("value"), Scope.EMPTY, at + "/value");
        }
        ObjectNode output = out.putObject(entry.getKey());
        output.put("type", decl.path("type").asText(""));
        output.set("value", value);
      }
    }
    outputs = out;
    return out;
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** The value without null-valued properties: ARM treats a null property as absent ("Null values"). */
  private static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = null;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonNode value = field.getValue();
        JsonNode cleaned = value.isNull() ? null : withoutNulls(value);
        if (out == null && cleaned != value) {
          out = JSON.objectNode();
          for (Map.Entry<String, JsonNode> before : node.properties()) {
            if (before.getKey().equals(field.getKey())) {
              break;
            }
            out.set(before.getKey(), before.getValue());
          }
        }
        if (out != null && cleaned != null) {
          out.set(field.getKey(), cleaned);
        }
      }
      return out == null ? node : out;
    }
    if (node.isArray()) {
      ArrayNode out = null;
      for (int i = 0; i < node.size(); i++) {
        JsonNode cleaned = withoutNulls(node.get(i));
        if (out == null && cleaned != node.get(i)) {
          out = JSON.arrayNode();
          for (int j = 0; j < i; j++) {
            out.add(node.get(j));
          }
        }
        if (out != null) {
          out.add(cleaned);
        }
      }
      return out == null ? node : out;
    }
    return node;
  }

  /** A property of a resource declaration, ignoring the case of its name. */
  private static JsonNode field(JsonNode decl, String name) {
    return Values.member(decl, name);
  }

  private static String text(JsonNode value, String what) {
    if (!value.isTextual()) {
      throw new TemplateError("wrong-type", what + " must be a string, found " + Values.typeName(value) + " "
          + Values.show(value), "give a string");
    }
    return value.textValue();
  }
}
