package io.arsim.serve.codec;

import java.util.HexFormat;

/** Hand-written wire vectors: hex with spaces allowed, and messages built from a type and a body. */
final class Wire {
  private Wire() {}

  /** The octets of {@code hex}, spaces and line breaks ignored. */
  static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
  }

  /** A message: 16 marker octets, the length, {@code type}, then {@code body}. */
  static byte[] message(int type, String body) {
    byte[] b = hex(body);
    int length = 19 + b.length;
    byte[] out = new byte[length];
    for (int i = 0; i < 16; i++) {
      out[i] = (byte) 0xFF;
    }
    out[16] = (byte) (length >>> 8);
    out[17] = (byte) length;
    out[18] = (byte) type;
    System.arraycopy(b, 0, out, 19, b.length);
    return out;
  }

  /** An UPDATE with no withdrawn routes, the given attribute octets and NLRI octets. */
  static byte[] update(String attributes, String nlri) {
    int length = hex(attributes).length;
    return message(2, "0000" + String.format("%04x", length) + attributes + nlri);
  }

  /** ORIGIN IGP, AS_PATH 65001 (4-octet), NEXT_HOP 10.0.0.1: the mandatory attributes. */
  static final String MANDATORY = "40 01 01 00" + "40 02 06 02 01 0000fde9" + "40 03 04 0a000001";

  /** NLRI 10.1.0.0/16. */
  static final String NLRI = "10 0a01";
}
