package io.arsim.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Parsing dotted-quad text: exactly four decimal octets 0..255 without leading zeros are accepted
 * (with the value they spell), everything else is refused with a message naming the text. The
 * parser has a fast path for well-formed text and a slow one that explains the rest; this checks
 * both against the rule over text made of digits and dots.
 */
class Ipv4AddressProperties {
  private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");

  @Provide
  Arbitrary<String> dottedText() {
    return Arbitraries.strings().withChars("0123456789.").ofMaxLength(17)
        .edgeCases(e -> e.add("0.0.0.0", "255.255.255.255", "10.01.0.1", "1.2.3", "1.2.3.4.", ".1.2.3", "256.1.1.1"));
  }

  @Property(tries = 3000)
  void acceptsExactlyWellFormedAddresses(@ForAll("dottedText") String text) {
    String[] parts = text.split("\\.", -1);
    boolean wellFormed = parts.length == 4;
    long value = 0;
    for (String part : parts) {
      wellFormed &= OCTET.matcher(part).matches() && Integer.parseInt(part) <= 255;
      value = wellFormed ? value << 8 | Integer.parseInt(part) : value;
    }
    if (wellFormed) {
      assertThat(Ipv4Address.parse(text).unsigned()).isEqualTo(value);
      assertThat(Ipv4Address.parse(text)).hasToString(text);
    } else {
      assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Ipv4Address.parse(text)).getMessage())
          .startsWith("\"" + text + "\" is not a valid IPv4 address");
    }
  }
}
