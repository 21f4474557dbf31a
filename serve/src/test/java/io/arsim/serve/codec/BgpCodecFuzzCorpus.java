package io.arsim.serve.codec;

import java.util.List;
import java.util.Random;

/** The fuzzing corpus and mutator of {@link BgpCodecFuzzTest}, for tests in other packages. */
public final class BgpCodecFuzzCorpus {
  private BgpCodecFuzzCorpus() {}

  /** Valid messages of every kind, as written for a session with {@code negotiated}. */
  public static List<byte[]> messages(Negotiated negotiated) {
    return BgpCodecFuzzTest.corpus(negotiated);
  }

  /** One to four random mutations of {@code original}, usually with the header repaired. */
  public static byte[] mutate(byte[] original, Random random) {
    return BgpCodecFuzzTest.mutate(original, random);
  }
}
