package io.arsim.policy.spi.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The routers' numbering of list entries: given seqs kept, missing ones the previous + 5, then sorted. */
final class Sequenced {
  private Sequenced() {}

  /** One entry with its effective seq and its position in the config. */
  record Numbered<T>(long seq, int index, T entry) {}

  static <T> List<Numbered<T>> number(String what, List<T> entries, Function<T, @Nullable Long> seqOf) {
    List<Numbered<T>> numbered = new ArrayList<>(entries.size());
    Map<Long, Integer> seen = new HashMap<>();
    long seq = 0;
    for (int i = 0; i < entries.size(); i++) {
      Long given = seqOf.apply(entries.get(i));
      seq = given != null ? given : seq + 5;
      Integer previous = seen.putIfAbsent(seq, i);
      if (previous != null) {
        throw new IllegalArgumentException(what + " entries " + previous + " and " + i + " both have seq " + seq
            + "; expected each seq once (the routers replace an entry with the same seq)");
      }
      numbered.add(new Numbered<>(seq, i, entries.get(i)));
    }
    numbered.sort(Comparator.comparingLong(Numbered::seq));
    return numbered;
  }
}
