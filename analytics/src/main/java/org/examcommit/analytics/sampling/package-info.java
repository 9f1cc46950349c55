/**
 * The night's verifiable random draw in Spark (DATA-CONTRACT §4): tickets and the smallest k per
 * province over the committed populations, with the contract module's arithmetic, so it scales with
 * the cross-checks and agrees with {@code ./pipeline verify-draw} by construction.
 */
package org.examcommit.analytics.sampling;
