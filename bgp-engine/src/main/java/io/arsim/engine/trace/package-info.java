/**
 * The data plane: traces a packet hop by hop through the effective routes of the NICs it meets
 * (a VM's NIC, then each NVA NIC it is forwarded to), fanning out over ECMP, and reports where it
 * ends: delivered, the Internet, a gateway, a blackhole, a drop, a loop or a failed element.
 */
@NullMarked
package io.arsim.engine.trace;

import org.jspecify.annotations.NullMarked;
