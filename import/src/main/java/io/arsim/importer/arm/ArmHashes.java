package io.arsim.importer.arm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;

/**
 * The deterministic hashes behind {@code uniqueString()} and {@code guid()}.
 *
 * <p>Microsoft documents neither algorithm. {@code uniqueString} joins its arguments with {@code -},
 * hashes the UTF-8 bytes with the 64-bit MurmurHash variant of Azure's ResourceStack library (two
 * 32-bit lanes, MurmurHash3 x86 constants) and writes the top 65 bits as 13 base-32 characters
 * ({@code a-z2-7}). This reproduces outputs published from ARM itself: {@code uniqueString('test')}
 * is {@code rbgf3xv4ufgzg} (takekazuomi/arm-uniquestring, which calls Microsoft's
 * Azure.Deployments.Expression package), {@code uniqueString('tyeth')} is {@code zcztcwvu6iyg6}
 * (Stack Overflow question 43295720, from the Azure Stack DLLs) and {@code uniqueString('hello',
 * 'world')} is {@code a7wkljktk6wne} (JasonWhall/go-azure-uniquestring).
 *
 * <p>{@code guid} is an RFC 4122 version-5 (SHA-1) UUID of the arguments joined with {@code -} in
 * the namespace {@code 11fb06fb-712d-4ddd-98c7-e71bbd588830}, as the Bicep documentation and
 * Terraform configurations written to match Bicep's names ({@code uuidv5(...)}) describe it.
 */
final class ArmHashes {
  private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
  private static final UUID GUID_NAMESPACE = UUID.fromString("11fb06fb-712d-4ddd-98c7-e71bbd588830");

  private ArmHashes() {}

  static String uniqueString(List<String> values) {
    long hash = murmur64(String.join("-", values).getBytes(StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder(13);
    for (int i = 0; i < 13; i++) {
      out.append(BASE32.charAt((int) (hash >>> 59)));
      hash <<= 5;
    }
    return out.toString();
  }

  static String guid(List<String> values) {
    byte[] name = String.join("-", values).getBytes(StandardCharsets.UTF_8);
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      ByteBuffer namespace = ByteBuffer.allocate(16);
      namespace.putLong(GUID_NAMESPACE.getMostSignificantBits()).putLong(GUID_NAMESPACE.getLeastSignificantBits());
      sha1.update(namespace.array());
      sha1.update(name);
      byte[] hash = sha1.digest();
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
      return new UUID(bytes.getLong(), bytes.getLong()).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
  }

  /** The 64-bit hash: two MurmurHash3-style lanes over 8-byte blocks, mixed together at the end. */
  static long murmur64(byte[] data) {
    final int c1 = 0x239b961b;
    final int c2 = 0xab0e9789;
    int h1 = 0;
    int h2 = 0;
    int length = data.length;
    int i = 0;
    for (; i + 7 < length; i += 8) {
      int k1 = littleEndian(data, i, 4);
      int k2 = littleEndian(data, i + 4, 4);
      k1 *= c1;
      k1 = Integer.rotateLeft(k1, 15);
      k1 *= c2;
      h1 ^= k1;
      h1 = Integer.rotateLeft(h1, 19);
      h1 += h2;
      h1 = h1 * 5 + 0x561ccd1b;
      k2 *= c2;
      k2 = Integer.rotateLeft(k2, 17);
      k2 *= c1;
      h2 ^= k2;
      h2 = Integer.rotateLeft(h2, 13);
      h2 += h1;
      h2 = h2 * 5 + 0x0bcaa747;
    }
    int tail = length - i;
    if (tail > 0) {
      int k1 = littleEndian(data, i, Math.min(4, tail));
      k1 *= c1;
      k1 = Integer.rotateLeft(k1, 15);
      k1 *= c2;
      h1 ^= k1;
      if (tail > 4) {
        int k2 = littleEndian(data, i + 4, tail - 4);
        k2 *= c2;
        k2 = Integer.rotateLeft(k2, 17);
        k2 *= c1;
        h2 ^= k2;
      }
    }
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    h2 += h1;
    return ((long) h2 << 32) | (h1 & 0xffffffffL);
  }

  private static int littleEndian(byte[] data, int from, int count) {
    int value = 0;
    for (int j = 0; j < count; j++) {
      value |= (data[from + j] & 0xff) << (8 * j);
    }
    return value;
  }

  private static int fmix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
