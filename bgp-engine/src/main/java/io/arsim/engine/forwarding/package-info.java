/**
 * The forwarding of NVAs and load balancers, which the data plane and the session checks share:
 * an NVA's own routing table (connected, static and BGP routes in the order of administrative
 * distance), the state of the tunnels between NVAs and to branches, and how an internal load
 * balancer picks a backend for a flow.
 */
@NullMarked
package io.arsim.engine.forwarding;

import org.jspecify.annotations.NullMarked;
