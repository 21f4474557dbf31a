package io.arsim.serve.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.LargeCommunity;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzzing campaign: valid messages of every kind are mutated (bits flipped, octets
 * replaced, cut, duplicated, inserted, length fields patched to match) and read. Each must read
 * (then write and read back to the same message) or fail with the codec's own error carrying a
 * defined NOTIFICATION code; no other exception, and no read allocating more than 64 KiB.
 *
 * <p>The normal build runs 20,000 mutations. A longer campaign:
 * {@code mvn -B -pl serve -am test -Dtest=BgpCodecFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Darsim.fuzz.iterations=2000000 -Darsim.fuzz.seed=7}. The figures go to
 * {@code serve/target/fuzz/report.txt}.
 */
class BgpCodecFuzzTest {

  private static final long MAX_ALLOCATION = 64 * 1024;
  private static final long WARM_UP = 2_000;

  static List<byte[]> corpus(Negotiated negotiated) {
    Ipv4Address hop = Ipv4Address.parse("10.0.1.4");
    List<BgpMessage> messages = new ArrayList<>(List.of(
        KeepaliveMessage.INSTANCE,
        RouteRefreshMessage.IPV4_UNICAST,
        OpenMessage.of(Asn.of(65515), 180, hop),
        OpenMessage.of(Asn.of(4200000001L), 90, hop),
        NotificationMessage.cease(NotificationMessage.ADMINISTRATIVE_SHUTDOWN, "maintenance"),
        NotificationMessage.maximumPrefixes(4000),
        UpdateMessage.END_OF_RIB,
        UpdateMessage.withdraw(List.of(Ipv4Prefix.parse("10.0.0.0/8"), Ipv4Prefix.parse("192.168.10.0/24"))),
        new UpdateMessage(List.of(), List.of(
            new PathAttribute.OriginAttribute(Origin.IGP),
            new PathAttribute.AsPathAttribute(AsPath.parse("65001 65002 {64512 64513}")),
            new PathAttribute.NextHopAttribute(hop),
            new PathAttribute.MultiExitDiscAttribute(50),
            new PathAttribute.AtomicAggregateAttribute(),
            new PathAttribute.AggregatorAttribute(Asn.of(65001), hop),
            new PathAttribute.CommunitiesAttribute(List.of(Community.NO_EXPORT, Community.of(65001, 7))),
            new PathAttribute.LargeCommunitiesAttribute(List.of(new LargeCommunity(4200000001L, 1, 2))),
            new PathAttribute.Unknown(0xC0, 99, Octets.of((byte) 1, (byte) 2, (byte) 3))),
            List.of(Ipv4Prefix.parse("10.1.0.0/16"), Ipv4Prefix.parse("10.2.0.0/24"), Ipv4Prefix.DEFAULT_ROUTE))));
    if (!negotiated.fourOctetAs()) {
      messages.add(new UpdateMessage(List.of(), List.of(
          new PathAttribute.OriginAttribute(Origin.EGP),
          new PathAttribute.AsPathAttribute(AsPath.of(65001, 23456)),
          new PathAttribute.NextHopAttribute(hop),
          new PathAttribute.As4PathAttribute(AsPath.of(65001, 4200000001L)),
          new PathAttribute.As4AggregatorAttribute(Asn.of(4200000001L), hop)), List.of(Ipv4Prefix.parse("10.3.0.0/16"))));
    }
    if (!negotiated.external()) {
      messages.add(new UpdateMessage(List.of(), List.of(
          new PathAttribute.OriginAttribute(Origin.INCOMPLETE),
          new PathAttribute.AsPathAttribute(AsPath.EMPTY),
          new PathAttribute.NextHopAttribute(hop),
          new PathAttribute.LocalPrefAttribute(200)), List.of(Ipv4Prefix.parse("10.4.0.0/16"))));
    }
    List<byte[]> corpus = new ArrayList<>();
    for (BgpMessage message : messages) {
      corpus.add(BgpMessageWriter.toBytes(message, negotiated));
    }
    return corpus;
  }

  static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original.clone();
    int operations = 1 + random.nextInt(4);
    for (int i = 0; i < operations && bytes.length > 0; i++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(7)) {
        case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
        case 1 -> bytes[at] = (byte) random.nextInt(256);
        case 2 -> bytes[at] = (byte) (random.nextBoolean() ? 0 : 0xFF);
        case 3 -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
        case 4 -> {
          int length = 1 + random.nextInt(Math.min(16, bytes.length - at));
          byte[] grown = new byte[Math.min(4096, bytes.length + length)];
          System.arraycopy(bytes, 0, grown, 0, at + length);
          System.arraycopy(bytes, at, grown, at + length, grown.length - at - length);
          bytes = grown;
        }
        case 5 -> {
          byte[] grown = Arrays.copyOf(bytes, Math.min(4096, bytes.length + 1 + random.nextInt(8)));
          for (int j = bytes.length; j < grown.length; j++) {
            grown[j] = (byte) random.nextInt(256);
          }
          bytes = grown;
        }
        default -> {
          // a small length field somewhere (attribute, segment, withdrawn, parameter)
          bytes[at] = (byte) random.nextInt(8);
        }
      }
    }
    if (bytes.length >= 19 && random.nextInt(10) < 8) {
      for (int i = 0; i < 16; i++) {
        bytes[i] = (byte) 0xFF;
      }
      bytes[16] = (byte) (bytes.length >>> 8);
      bytes[17] = (byte) bytes.length;
    }
    return bytes;
  }

  @Test
  void mutatedMessagesNeverBreakTheContract() throws IOException {
    long iterations = Long.getLong("arsim.fuzz.iterations", 20_000);
    long seed = Long.getLong("arsim.fuzz.seed", 20261206L);
    Random random = new Random(seed);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    Negotiated[] negotiations = {Negotiated.FOUR_OCTET_EXTERNAL, Negotiated.TWO_OCTET_EXTERNAL,
        new Negotiated(true, false), new Negotiated(false, false)};
    List<List<byte[]>> corpora = new ArrayList<>();
    for (Negotiated negotiated : negotiations) {
      corpora.add(corpus(negotiated));
    }
    Map<String, Long> outcomes = new TreeMap<>();
    long maxAllocation = 0;
    long started = System.nanoTime();
    for (long i = 0; i < iterations; i++) {
      int which = random.nextInt(negotiations.length);
      List<byte[]> corpus = corpora.get(which);
      byte[] bytes = mutate(corpus.get(random.nextInt(corpus.size())), random);
      long before = threads.getThreadAllocatedBytes(thread);
      String outcome;
      try {
        DecodedMessage decoded = BgpMessageReader.read(bytes, negotiations[which]);
        outcome = decoded.attributeErrors().isEmpty() ? "read" : decoded.treatAsWithdraw()
            ? "read, treat-as-withdraw" : "read, attribute discarded";
      } catch (BgpDecodeException e) {
        outcome = "reset " + e.notification().code() + "/" + e.notification().subcode() + " "
            + e.notification().describe();
      }
      long allocated = threads.getThreadAllocatedBytes(thread) - before;
      if (i >= WARM_UP) {
        maxAllocation = Math.max(maxAllocation, allocated); // class loading and JIT allocate while warming up
      }
      BgpCodecProperties.assertReadsOrFailsCleanly(bytes, negotiations[which]);
      outcomes.merge(outcome, 1L, Long::sum);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    StringBuilder report = new StringBuilder()
        .append("seed ").append(seed).append('\n')
        .append("messages tried ").append(iterations).append('\n')
        .append("distinct outcomes ").append(outcomes.size()).append('\n')
        .append("largest allocation of one read after warm-up ").append(maxAllocation).append(" bytes\n")
        .append("time ").append(millis).append(" ms\n");
    outcomes.forEach((outcome, count) -> report.append(String.format("%10d  %s%n", count, outcome)));
    Path out = Path.of("target", "fuzz", "report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    assertThat(maxAllocation).as("allocation of one read").isLessThan(MAX_ALLOCATION);
    assertThat(outcomes.keySet()).as("the mutations reach deep errors as well as clean reads")
        .anyMatch(o -> o.startsWith("read, treat-as-withdraw"))
        .anyMatch(o -> o.startsWith("reset 3/"))
        .anyMatch(o -> o.startsWith("reset 1/"));
  }
}
