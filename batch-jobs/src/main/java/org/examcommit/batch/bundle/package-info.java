/**
 * The bundle import (DATA-CONTRACT §1): {@link org.examcommit.batch.bundle.BundleImport} runs the job of
 * {@link org.examcommit.batch.bundle.BundleImportJobConfiguration}, one step per dataset in dependency order.
 * Each step reads its file (CSV or Parquet), checks every row with {@code FieldReader} and the dataset's
 * declared {@code DatasetSpec} (all listed in {@code DatasetSpecs}), streams good rows with COPY into a temporary table and upserts them (registration
 * side) or replaces the source's rows (authority snapshots), and writes bad rows to {@code quarantine}
 * (masked) and {@code quarantine_raw}. social_insurance is compacted in one pass into month spans.
 */
package org.examcommit.batch.bundle;
