/**
 * The topology model: what a design file describes. VNets with subnets, route tables and peerings;
 * VMs and their NICs; route servers; NVAs with their BGP neighbours and policy chains; named policy
 * instances; and a kind-keyed section that engine extensions fill. Immutable records; property
 * names follow Azure's ARM/CLI names where one exists.
 */
@NullMarked
package io.arsim.core.topology;

import org.jspecify.annotations.NullMarked;
