/**
 * The nightly verification job (DATA-CONTRACT §2): prepare the night's queue, verify each application with
 * the pure checks of {@code checks}, write verification_results, the on-site list and application states,
 * and export the results as Parquet. {@link org.examcommit.batch.verification.NightlyVerification} starts or
 * restarts it.
 */
package org.examcommit.batch.verification;
