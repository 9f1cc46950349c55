/**
 * File I/O shared by the batch jobs: reading a dataset of an input bundle as rows of strings, from CSV
 * ({@link org.examcommit.batch.io.CsvRowReader}) or Parquet ({@link org.examcommit.batch.io.ParquetRowReader}),
 * found by {@link org.examcommit.batch.io.Datasets}; and writing flat Parquet outputs per run date
 * ({@link org.examcommit.batch.io.ParquetTableWriter}, {@link org.examcommit.batch.io.RunDateOutput}).
 */
package org.examcommit.batch.io;
