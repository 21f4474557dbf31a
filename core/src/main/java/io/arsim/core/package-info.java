/** Shared roots of arsim: the exception hierarchy every module reports through. */
@NullMarked
package io.arsim.core;

import org.jspecify.annotations.NullMarked;
