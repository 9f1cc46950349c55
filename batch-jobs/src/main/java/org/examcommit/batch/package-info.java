/**
 * Spring Batch jobs on the schema of registration-core: the bundle import ({@code bundle}) and the
 * nightly verification ({@code verification}).
 */
package org.examcommit.batch;
