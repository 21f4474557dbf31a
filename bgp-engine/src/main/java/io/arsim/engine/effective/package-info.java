/**
 * Effective routes of NICs, as the Azure portal shows them: system routes, user-defined routes and
 * routes programmed by route servers, with Azure's precedence and the overridden ones marked
 * Invalid.
 */
@NullMarked
package io.arsim.engine.effective;

import org.jspecify.annotations.NullMarked;
