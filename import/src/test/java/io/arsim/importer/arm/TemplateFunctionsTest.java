package io.arsim.importer.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.core.problem.Problem;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.JsonLocator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Template functions, each checked against the example the "ARM template functions" reference gives
 * for it (the expected values are the documented outputs).
 */
class TemplateFunctionsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Evaluates {@code expression} as the property {@code v} of a route table and returns it. */
  static JsonNode eval(String expression) {
    String template = "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\","
        + "\"resources\": [{\"type\": \"Microsoft.Network/routeTables\", \"name\": \"t\", \"properties\": {\"v\": "
        + "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(expression))
        + "\"}}]}";
    AzureInventory inventory = new ArmTemplateReader().read("t.json", template.getBytes(StandardCharsets.UTF_8),
        ArmOptions.defaults());
    assertThat(inventory.problems()).as("problems of %s", expression).isEmpty();
    return inventory.resources().get(0).properties().path("v");
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void cidrFunctionsGiveTheDocumentedResults() {
    assertThat(eval("[parseCidr('10.144.0.0/20')]")).isEqualTo(json("{\"network\":\"10.144.0.0\","
        + "\"netmask\":\"255.255.240.0\",\"broadcast\":\"10.144.15.255\",\"firstUsable\":\"10.144.0.1\","
        + "\"lastUsable\":\"10.144.15.254\",\"cidr\":20}"));
    assertThat(eval("[map(range(0, 5), lambda('i', cidrSubnet('10.144.0.0/20', 24, lambdaVariables('i'))))]"))
        .isEqualTo(json("[\"10.144.0.0/24\",\"10.144.1.0/24\",\"10.144.2.0/24\",\"10.144.3.0/24\",\"10.144.4.0/24\"]"));
    assertThat(eval("[map(range(0, 5), lambda('i', cidrHost('10.144.3.0/24', lambdaVariables('i'))))]"))
        .isEqualTo(json("[\"10.144.3.1\",\"10.144.3.2\",\"10.144.3.3\",\"10.144.3.4\",\"10.144.3.5\"]"));
  }

  @Test
  void uniqueStringAndGuidMatchWhatArmComputes() {
    assertThat(eval("[uniqueString('test')]").asText()).isEqualTo("rbgf3xv4ufgzg");
    assertThat(eval("[uniqueString('tyeth')]").asText()).isEqualTo("zcztcwvu6iyg6");
    assertThat(eval("[uniqueString('hello', 'world')]").asText()).isEqualTo("a7wkljktk6wne");
    assertThat(eval("[guid('test')]").asText()).isEqualTo("d6a5baf1-8b9b-542a-8525-2982f1f98a0c");
  }

  @Test
  void stringFunctions() {
    assertThat(eval("[format('{0}, {1}. Formatted number: {2:N0}', 'Hello', 'User', 8175133)]").asText())
        .isEqualTo("Hello, User. Formatted number: 8,175,133");
    assertThat(eval("[padLeft('123', 10, '0')]").asText()).isEqualTo("0000000123");
    assertThat(eval("[replace('123-123-1234', '-', '')]").asText()).isEqualTo("1231231234");
    assertThat(eval("[replace('123-123-1234', '1234', 'xxxx')]").asText()).isEqualTo("123-123-xxxx");
    assertThat(eval("[skip('one two three', 4)]").asText()).isEqualTo("two three");
    assertThat(eval("[take('one two three', 2)]").asText()).isEqualTo("on");
    assertThat(eval("[split('one;two,three', createArray(',', ';'))]")).isEqualTo(json("[\"one\",\"two\",\"three\"]"));
    assertThat(eval("[createArray(indexOf('test', 't'), lastIndexOf('test', 't'), indexOf('abcdef', 'CD'),"
        + " lastIndexOf('abcdef', 'AB'), indexOf('abcdef', 'z'))]")).isEqualTo(json("[0,3,2,0,-1]"));
    assertThat(eval("[string(createObject('valueA', 10, 'valueB', 'Example Text'))]").asText())
        .isEqualTo("{\"valueA\":10,\"valueB\":\"Example Text\"}");
    assertThat(eval("[string(createArray('a', 'b', 'c'))]").asText()).isEqualTo("[\"a\",\"b\",\"c\"]");
    assertThat(eval("[length('One Two Three')]").asInt()).isEqualTo(13);
    assertThat(eval("[createArray(startsWith('abcdef', 'AB'), endsWith('abcdef', 'EF'), endsWith('abcdef', 'e'))]"))
        .isEqualTo(json("[true,true,false]"));
    assertThat(eval("[createArray(first('One Two Three'), last('One Two Three'))]")).isEqualTo(json("[\"O\",\"e\"]"));
    assertThat(eval("[concat('storage', toUpper('x'), toLower('Y'), 1)]").asText()).isEqualTo("storageXy1");
    assertThat(eval("[substring('one two three', 4, 3)]").asText()).isEqualTo("two");
    assertThat(eval("[trim('    one two three   ')]").asText()).isEqualTo("one two three");
  }

  @Test
  void arrayAndObjectFunctions() {
    assertThat(eval("[union(createObject('one', 'a', 'two', 'b', 'three', 'c1'), createObject('three', 'c2',"
        + " 'four', 'd', 'five', 'e'))]")).isEqualTo(json("{\"one\":\"a\",\"two\":\"b\",\"three\":\"c2\","
        + "\"four\":\"d\",\"five\":\"e\"}"));
    assertThat(eval("[union(createArray('one', 'two', 'three'), createArray('three', 'four'))]"))
        .isEqualTo(json("[\"one\",\"two\",\"three\",\"four\"]"));
    // the documented deep merge: nested objects merge, nested arrays are replaced
    assertThat(eval("[union(json('{\"property\":{\"one\":\"a\",\"two\":\"b\",\"three\":\"c1\"},\"nestedArray\":[1,2]}'),"
        + " json('{\"property\":{\"three\":\"c2\",\"four\":\"d\",\"five\":\"e\"},\"nestedArray\":[3,4]}'))]"))
        .isEqualTo(json("{\"property\":{\"one\":\"a\",\"two\":\"b\",\"three\":\"c2\",\"four\":\"d\",\"five\":\"e\"},"
            + "\"nestedArray\":[3,4]}"));
    assertThat(eval("[intersection(createObject('one', 'a', 'two', 'b', 'three', 'c'), createObject('one', 'a',"
        + " 'two', 'z', 'three', 'c'))]")).isEqualTo(json("{\"one\":\"a\",\"three\":\"c\"}"));
    assertThat(eval("[intersection(createArray('one', 'two', 'three'), createArray('two', 'three'))]"))
        .isEqualTo(json("[\"two\",\"three\"]"));
    // items() sorts by key, whatever the declaration order
    assertThat(eval("[items(json('{\"item002\":{\"n\":200},\"item001\":{\"n\":300}}'))]"))
        .isEqualTo(json("[{\"key\":\"item001\",\"value\":{\"n\":300}},{\"key\":\"item002\",\"value\":{\"n\":200}}]"));
    assertThat(eval("[createArray(contains('OneTwoThree', 'e'), contains('OneTwoThree', 'z'),"
        + " contains(createObject('one', 'a'), 'ONE'), contains(createArray('one', 'two'), 'two'))]"))
        .isEqualTo(json("[true,false,true,true]"));
    assertThat(eval("[createArray(empty(''), empty(createArray()), empty(json('{}')), empty('a'))]"))
        .isEqualTo(json("[true,true,true,false]"));
    assertThat(eval("[range(5, 3)]")).isEqualTo(json("[5,6,7]"));
    assertThat(eval("[createArray(min(createArray(0, 3, 2, 5, 4)), max(0, 3, 2, 5, 4))]")).isEqualTo(json("[0,5]"));
    assertThat(eval("[coalesce(null(), null(), 'a')]").asText()).isEqualTo("a");
    assertThat(eval("[skip(createArray('one', 'two', 'three'), 2)]")).isEqualTo(json("[\"three\"]"));
    assertThat(eval("[take(createArray('one', 'two', 'three'), 2)]")).isEqualTo(json("[\"one\",\"two\"]"));
    assertThat(eval("[json('{\"a\": \"b\"}').a]").asText()).isEqualTo("b");
    assertThat(eval("[createObject('Name', 'x').name]").asText()).isEqualTo("x");
    assertThat(eval("[filter(createArray(1, 2, 3, 4), lambda('x', greater(lambdaVariables('x'), 2)))]"))
        .isEqualTo(json("[3,4]"));
  }

  @Test
  void numericAndLogicalFunctions() {
    assertThat(eval("[createArray(add(5, 3), sub(7, 3), mul(5, 3), div(8, 3), mod(7, 3), div(-7, 2), mod(-7, 2))]"))
        .isEqualTo(json("[8,4,15,2,1,-3,-1]"));
    assertThat(eval("[createArray(int('4'), bool('true'), bool(0), not(true), and(true, false), or(true, false))]"))
        .isEqualTo(json("[4,true,false,false,false,true]"));
    assertThat(eval("[createArray(equals(1, 1), equals('a', 'A'), less(1, 2), greaterOrEquals('b', 'a'),"
        + " lessOrEquals(2, 2), greater(1, 2))]")).isEqualTo(json("[true,false,true,true,true,false]"));
    // if() evaluates only the branch it takes
    assertThat(eval("[if(true(), 'a', parameters('notDeclared'))]").asText()).isEqualTo("a");
  }

  @Test
  void bracketsAreEscapedByDoublingTheFirstOne() {
    assertThat(eval("[[test value]").asText()).isEqualTo("[test value]");
    assertThat(eval("[test] value").asText()).isEqualTo("[test] value");
    assertThat(eval("[concat('[', 'x', ']')]").asText()).isEqualTo("[x]");
    assertThat(eval("['it''s']").asText()).isEqualTo("it's");
  }

  @Test
  void resourceIdFunctions() {
    String group = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/arsim-import";
    assertThat(eval("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'v', 's')]").asText())
        .isEqualTo(group + "/providers/Microsoft.Network/virtualNetworks/v/subnets/s");
    assertThat(eval("[resourceId('other-rg', 'Microsoft.Network/virtualNetworks', 'v')]").asText())
        .isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/other-rg/providers/"
            + "Microsoft.Network/virtualNetworks/v");
    assertThat(eval("[subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg')]").asText())
        .isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Resources/resourceGroups/rg");
    assertThat(eval("[extensionResourceId(resourceGroup().id, 'Microsoft.Authorization/locks', 'lock')]").asText())
        .isEqualTo(group + "/providers/Microsoft.Authorization/locks/lock");
    assertThat(eval("[createArray(resourceGroup().name, resourceGroup().location, subscription().subscriptionId,"
        + " deployment().name, environment().name)]"))
        .isEqualTo(json("[\"arsim-import\",\"westeurope\",\"00000000-0000-0000-0000-000000000000\",\"t\",\"AzureCloud\"]"));
  }

  static Problem onlyProblem(String template) {
    AzureInventory inventory = new ArmTemplateReader().read("bad.json", template.getBytes(StandardCharsets.UTF_8),
        ArmOptions.defaults());
    assertThat(inventory.problems()).hasSize(1);
    return inventory.problems().get(0);
  }

  @Test
  void anUnsupportedFunctionIsAProblemAtItsLineColumnAndPointer() {
    Problem problem = onlyProblem("{\n  \"resources\": [\n    {\n      \"type\": \"Microsoft.Network/routeTables\",\n"
        + "      \"name\": \"t\",\n      \"properties\": {\n        \"v\": \"[concat('a', fooBar(1))]\"\n      }\n"
        + "    }\n  ]\n}\n");

    assertThat(problem.code()).isEqualTo("unsupported-function");
    assertThat(problem.message()).isEqualTo("the function `fooBar` is not supported by arsim's template evaluator"
        + " (at character 13 of the expression)");
    assertThat(problem.location().toString()).isEqualTo("bad.json:7:14");
    assertThat(problem.path()).isEqualTo("/resources/0/properties/v");
    assertThat(problem.render()).doesNotContain("Exception").doesNotContain("java.");
  }

  @Test
  void listFunctionsAreRefusedWithTheReason() {
    Problem problem = onlyProblem("{\"resources\": [{\"type\": \"Microsoft.Network/routeTables\", \"name\": \"t\","
        + " \"properties\": {\"v\": \"[listKeys('x', '2020-01-01').keys[0].value]\"}}]}");
    assertThat(problem.code()).isEqualTo("unsupported-function");
    assertThat(problem.message()).startsWith("listKeys() reads keys or secrets of deployed resources");
  }

  @Test
  void aMalformedExpressionNamesWhatWasExpected() {
    Problem problem = onlyProblem("{\"resources\": [{\"type\": \"Microsoft.Network/routeTables\", \"name\": \"t\","
        + " \"properties\": {\"v\": \"[concat('a', ]\"}}]}");
    assertThat(problem.code()).isEqualTo("bad-expression");
    assertThat(problem.message()).startsWith("the expression ends too early");
  }

  @Test
  void aJsonSyntaxErrorIsPlacedWhereTheParserStopped() {
    Problem problem = onlyProblem("{\n  \"resources\": [\n    {\"type\": \"x\" \"name\": \"y\"}\n  ]\n}");
    assertThat(problem.code()).isEqualTo("syntax-error");
    assertThat(problem.location().line()).isEqualTo(3);
  }

  @Test
  void aNameWithTheWrongNumberOfSegmentsSaysHowToWriteIt() {
    Problem problem = onlyProblem("{\"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks/subnets\","
        + " \"name\": \"workload\", \"properties\": {}}]}");
    assertThat(problem.code()).isEqualTo("invalid-template");
    assertThat(problem.message()).contains("has 1 segment(s) but type Microsoft.Network/virtualNetworks/subnets needs 2");
    assertThat(problem.path()).isEqualTo("/resources/0/name");
  }

  @Test
  void referenceReadsWhatTheTemplateDeclaresAndExplainsWhatItCannotKnow() {
    String ok = "{\"resources\": [{\"type\": \"Microsoft.Network/routeTables\", \"name\": \"a\", \"properties\": {"
        + "\"disableBgpRoutePropagation\": \"[reference('b').disableBgpRoutePropagation]\"}},"
        + " {\"type\": \"Microsoft.Network/routeTables\", \"name\": \"b\", \"properties\": {\"disableBgpRoutePropagation\": true}}]}";
    AzureInventory inventory = new ArmTemplateReader().read("ok.json", ok.getBytes(StandardCharsets.UTF_8),
        ArmOptions.defaults());
    assertThat(inventory.problems()).isEmpty();
    assertThat(inventory.resources().get(0).property("/disableBgpRoutePropagation").asBoolean()).isTrue();

    Problem problem = onlyProblem("{\"resources\": [{\"type\": \"Microsoft.Network/routeTables\", \"name\": \"a\","
        + " \"properties\": {\"v\": \"[reference('b').provisioningState]\"}}, {\"type\": \"Microsoft.Network/routeTables\","
        + " \"name\": \"b\", \"properties\": {}}]}");
    assertThat(problem.code()).isEqualTo("unknown-property");
    assertThat(problem.fix()).contains("unknown before deployment");

    Problem elsewhere = onlyProblem("{\"resources\": [{\"type\": \"Microsoft.Network/routeTables\", \"name\": \"a\","
        + " \"properties\": {\"v\": \"[reference('/subscriptions/x/resourceGroups/y/providers/A.B/c/d').p]\"}}]}");
    assertThat(elsewhere.code()).isEqualTo("unresolved-reference");
  }

  @Test
  void userDefinedFunctionsAndLoopsInVariables() {
    String template = "{\"functions\": [{\"namespace\": \"net\", \"members\": {\"prefix\": {\"parameters\":"
        + " [{\"name\": \"i\", \"type\": \"int\"}], \"output\": {\"type\": \"string\", \"value\":"
        + " \"[format('10.{0}.0.0/16', parameters('i'))]\"}}}}],"
        + " \"variables\": {\"copy\": [{\"name\": \"spaces\", \"count\": 2, \"input\": \"[net.prefix(copyIndex('spaces'))]\"}]},"
        + " \"resources\": [{\"type\": \"Microsoft.Network/routeTables\", \"name\": \"t\", \"properties\":"
        + " {\"v\": \"[variables('spaces')]\"}}]}";
    AzureInventory inventory = new ArmTemplateReader().read("f.json", template.getBytes(StandardCharsets.UTF_8),
        ArmOptions.defaults());
    assertThat(inventory.problems()).isEmpty();
    assertThat(inventory.resources().get(0).property("/v")).isEqualTo(json("[\"10.0.0.0/16\",\"10.1.0.0/16\"]"));
  }

  @Test
  void pointersAreEscapedAsRfc6901Says() {
    assertThat(JsonLocator.escape("a/b~c")).isEqualTo("a~1b~0c");
  }
}
