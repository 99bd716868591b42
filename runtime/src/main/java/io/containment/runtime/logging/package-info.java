/** The console's log line format, kept off the cost of the signing path. */
package io.containment.runtime.logging;
