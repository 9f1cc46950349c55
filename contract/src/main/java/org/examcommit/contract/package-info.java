/**
 * The code lists and shared rules of DATA-CONTRACT.md, in plain Java (no Spring): one enum per code list, each
 * constant with its contract code, read back with {@code fromCode} and checked with {@code isCode}. The
 * registration service, the batch jobs and the scheduler all use these, so a code is spelled in one place.
 */
package org.examcommit.contract;
