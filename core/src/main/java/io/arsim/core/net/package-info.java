/**
 * IP addresses and prefixes held as primitives: an IPv4 address is an {@code int}, a prefix an
 * {@code int} and a length. Parsing is strict and every error says what is wrong and what was
 * expected. IPv6 is parsed and represented so validation can report where Azure does not support it.
 */
@NullMarked
package io.arsim.core.net;

import org.jspecify.annotations.NullMarked;
