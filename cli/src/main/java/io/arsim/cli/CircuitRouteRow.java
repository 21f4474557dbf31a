package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One path of an ExpressRoute circuit link's route table, with the fields {@code az network
 * express-route list-route-tables} prints ({@code ExpressRouteCircuitRoutesTable}).
 *
 * @param best whether the link selected this path (shown in the table, not in Azure's JSON)
 * @param locPrf the local preference, empty when the path has none worth showing (eBGP)
 * @param network the prefix
 * @param nextHop the next hop
 * @param path the AS path, space separated
 * @param weight the weight
 */
@JsonPropertyOrder(alphabetic = true)
record CircuitRouteRow(@JsonIgnore boolean best, String locPrf, String network, String nextHop, String path,
    int weight) {}
