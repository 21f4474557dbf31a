/**
 * The BGP-4 wire format: the message model ({@link io.arsim.serve.codec.BgpMessage} and its five
 * kinds), the Netty frame decoder, the reader and writer of messages, and the mapping between
 * UPDATE path attributes and core's {@link io.arsim.core.bgp.PathAttributes}.
 *
 * <p>Sources: RFC 4271 (BGP-4), RFC 4760 (multiprotocol capability), RFC 2918 and RFC 7313 (route
 * refresh), RFC 5492 (capabilities), RFC 6793 (4-octet AS numbers), RFC 1997 (communities),
 * RFC 8092 (large communities), RFC 4486 (Cease subcodes), RFC 8203 and RFC 9003 (shutdown
 * communication), RFC 6608 (FSM error subcodes) and RFC 7606 (revised UPDATE error handling).
 */
@NullMarked
package io.arsim.serve.codec;

import org.jspecify.annotations.NullMarked;
