package io.arsim.core.topology.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jackson's own messages, produced by parsing, come out in plain words without codes. */
class SyntaxMessagesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String plain(String json) {
    try {
      MAPPER.readTree(json.getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      return SyntaxMessages.plain(e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no syntax error in " + json);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "{\"a\": 1,}            | a '}' where a field name in double quotes was expected",
      "{\"a\": 1 \"b\": 2}    | a '\"' where a ',' between the fields of an object, or the '}' that closes it, was expected",
      "[1 2]                  | a '2' where a ',' between the items of a list, or the ']' that closes it, was expected",
      "{\"a\" 1}              | a '1' where the ':' between a field name and its value was expected",
      "{\"a\": }              | a '}' where a value (a string in double quotes, a number, a list, an object, true, false or null) was expected",
      "{\"a\": nope}          | 'nope' where a value (a string in double quotes, a number, a list, an object, true, false or null) was expected",
      "{\"a\": [1, 2}         | a '}' where ']' was expected (brackets do not match)",
      "\"{\n  \"\"a\"\": [1\"   | the file ends inside a list opened at line 2, column 8 (its closing ']' is missing)",
      "{\"a\": \"x            | the file ends inside a string (its closing '\"' is missing)",
  })
  void jacksonSyntaxErrorsReadAsWords(String json, String expected) {
    assertThat(plain(json)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void controlCharactersAreNamedByCodePoint() {
    assertThat(plain("\u0000")).isEqualTo("a control character (U+0000) between values, where only spaces, tabs and"
        + " line breaks may stand");
    assertThat(plain("{\"a\": \"x\u0001y\"}")).isEqualTo("a control character (U+0001) inside a string; write it"
        + " escaped with a backslash (\\n, \\t, \\u0000)");
  }

  @org.junit.jupiter.api.Test
  void whatIsNotRecognisedLosesOnlyItsCodes() {
    assertThat(SyntaxMessages.plain("Something new ('x' (code 120)) at [Source: (byte[])\"x\"; line: 1, column: 2]"))
        .isEqualTo("Something new (a 'x')");
    assertThat(SyntaxMessages.plain("first line\n at [Source: x]")).isEqualTo("first line");
  }
}
