package io.arsim.engine.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The intents file format (docs/intents.md): what it binds, and every mistake located with a fix. */
class IntentReaderTest {

  private static LoadedIntents read(String yaml) {
    return new IntentReader().read("intents.yaml", yaml);
  }

  /** The problems of a file that does not read, as "line:column code path: message". */
  private static List<String> problems(String yaml) {
    try {
      read(yaml);
    } catch (IntentsException e) {
      return e.problems().stream().map(p -> p.location().line() + ":" + p.location().column() + " " + p.code() + " "
          + p.path() + ": " + p.message()).toList();
    }
    throw new AssertionError("the file read without problems");
  }

  @Test
  void bindsEveryKeyWithItsDefaults() {
    IntentFile file = read("""
        design: s1
        under: any-single-failure
        intents:
          - name: a
            from: vm-spoke
            to: internet
            through: [nva1, nva2]
          - name: b
            description: isolation
            from: hub1/workload
            to: vm-hub2
            expect: isolated
            under: [nva1, [nva2, rs-spoke/IN_0]]
          - name: c
            from: onprem
            to: vm-spoke
            notThrough: fw1
            symmetric: true
            failed: nva1
        """).intents();
    assertThat(file.design()).isEqualTo("s1");
    assertThat(file.under().kind()).isEqualTo(FailureScope.Kind.ANY_SINGLE_FAILURE);
    Intent a = file.intents().get(0);
    assertThat(a.expect()).isEqualTo(Expectation.REACHABLE);
    assertThat(a.through()).containsExactly("nva1", "nva2");
    assertThat(a.under()).isNull();
    assertThat(a.under(file.under()).kind()).isEqualTo(FailureScope.Kind.ANY_SINGLE_FAILURE);
    Intent b = file.intents().get(1);
    assertThat(b.expect()).isEqualTo(Expectation.ISOLATED);
    assertThat(b.under().failures()).containsExactly(List.of("nva1"), List.of("nva2", "rs-spoke/IN_0"));
    assertThat(b.under().describe()).isEqualTo("[nva1, [nva2, rs-spoke/IN_0]]");
    Intent c = file.intents().get(2);
    assertThat(c.notThrough()).containsExactly("fw1");
    assertThat(c.symmetric()).isTrue();
    assertThat(c.failed()).containsExactly("nva1");
    assertThat(c.under(file.under())).isEqualTo(FailureScope.NONE);
  }

  @Test
  void readsJsonToo() {
    IntentFile file = new IntentReader().read("intents.json",
        "{\"intents\": [{\"name\": \"a\", \"from\": \"vm1\", \"to\": \"10.0.0.0/16\"}]}").intents();
    assertThat(file.intents()).extracting(Intent::to).containsExactly("10.0.0.0/16");
  }

  @Test
  void everyMistakeIsReportedAtItsPlace() {
    assertThat(problems("""
        desing: s1
        intents:
          - name: a
            from: vm1
            to: vm2
            expect: reachabel
            symmetric: yes please
          - name: a
            from: vm1
            to: [vm2]
            under: any-single-falure
          - from: vm1
            to: vm2
            trough: fw1
        """)).containsExactly(
        "1:1 unknown-property desing: \"desing\" is not a property of an intents file",
        "6:13 invalid-value intents[a].expect: expect is \"reachabel\"; it is reachable or isolated",
        "7:16 wrong-type intents[a].symmetric: expected true or false, found text (yes please)",
        "8:11 duplicate-name intents[a].name: two intents are named \"a\"",
        "10:9 wrong-type intents[a].to: expected text, found a list",
        "11:12 invalid-value intents[a].under: under is \"any-single-falure\"; it is none, any-single-failure,"
            + " any-two-failures or a list of failures",
        "12:5 missing-property intents[2]: required property `name` is missing",
        "14:5 unknown-property intents[2].trough: \"trough\" is not a property of an intent");
  }

  @Test
  void fixesSuggestTheClosestWord() {
    IntentsException e = catchIntents("intents:\n  - {name: a, from: x, to: y, expect: isolatd, thruogh: fw}\n");
    assertThat(e.problems()).extracting(Problem::fix).containsExactly("did you mean \"isolated\"?",
        "did you mean \"through\"?");
    assertThat(e.getMessage()).contains("intents.yaml:2:39: error: intents[a].expect:",
        "intents.yaml: not a usable intents file (2 errors; docs/intents.md describes the format)");
  }

  @Test
  void contradictionsAreRejected() {
    assertThat(problems("""
        intents:
          - name: a
            from: x
            to: y
            expect: isolated
            through: fw1
            symmetric: true
          - name: b
            from: x
            to: y
            through: fw1
            notThrough: [fw1]
            failed: nva1
            under: [nva2]
        """)).containsExactly(
        "6:14 conflicting-options intents[a].through: an isolated intent has no through: nothing may get there, so"
            + " no path has waypoints or a way back",
        "7:16 conflicting-options intents[a].symmetric: an isolated intent has no symmetric: nothing may get there,"
            + " so no path has waypoints or a way back",
        "12:17 conflicting-options intents[b].notThrough: \"fw1\" is in both through and notThrough",
        "13:13 conflicting-options intents[b].failed: an intent has failed or under, not both: failed checks it in"
            + " one design with those elements failed, under with nothing failed and in each failure scenario");
  }

  @Test
  void emptyFilesAndListsSayWhatIsExpected() {
    assertThat(catchIntents("  \n").problems()).extracting(Problem::code).containsExactly("empty-file");
    assertThat(catchIntents("# only a comment\n").problems()).extracting(Problem::code).containsExactly("empty-file");
    assertThat(problems("intents: []\n")).containsExactly("1:10 empty-intents intents: the list of intents is empty");
    assertThat(problems("design: x\n")).containsExactly("1:1 missing-property : required property `intents` is"
        + " missing");
    assertThat(problems("- a\n")).containsExactly("1:1 wrong-type : expected the document to be a mapping with"
        + " `intents` (and optionally `design`, `description`, `under`), found a list");
    assertThat(problems("intents: [{name: a, from: b, to: c, under: []}]\n"))
        .containsExactly("1:44 invalid-value intents[a].under: the list of failures is empty");
  }

  @Test
  void syntaxErrorsAreLocated() {
    IntentsException e = catchIntents("intents:\n  - name: a\n    from: [b\n");
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().line()).as("the line of the unclosed list").isEqualTo(3);
      assertThat(p.isError()).isTrue();
    });
    assertThatThrownBy(() -> new IntentReader().read("intents.txt", "intents: []"))
        .isInstanceOf(IntentsException.class).hasMessageContaining("name intents files *.yaml, *.yml or *.json");
  }

  private static IntentsException catchIntents(String yaml) {
    try {
      read(yaml);
    } catch (IntentsException e) {
      return e;
    }
    throw new AssertionError("the file read without problems");
  }
}
