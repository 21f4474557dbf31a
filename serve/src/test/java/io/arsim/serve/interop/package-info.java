/** Interoperability tests against real BGP daemons (FRR, BIRD, GoBGP) started as child processes. */
@NullMarked
package io.arsim.serve.interop;

import org.jspecify.annotations.NullMarked;
