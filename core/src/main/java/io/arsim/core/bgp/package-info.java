/**
 * BGP values: ASNs with their classification, AS paths, communities, origin, and routes whose
 * path attributes are held apart from their identity so attribute sets can be shared.
 */
@NullMarked
package io.arsim.core.bgp;

import org.jspecify.annotations.NullMarked;
