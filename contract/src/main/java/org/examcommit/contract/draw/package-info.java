/**
 * The verifiable random draw of DATA-CONTRACT §4 as plain Java: seeds and their hashes, tickets
 * (HMAC-SHA256), the exact sample size k = ceil(ratio × n), the population's canonical form and hash,
 * the draw per stratum, and the check an auditor runs against a published draw. The Spark draw, the
 * {@code ./pipeline verify-draw} command and the night's commit all call these, so the arithmetic is
 * written once.
 */
package org.examcommit.contract.draw;
