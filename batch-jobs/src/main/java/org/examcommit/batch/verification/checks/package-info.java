/**
 * The verification rules of DATA-CONTRACT §1 "Eligibility rules" and §2 as plain Java: records in,
 * outcomes and reason codes out. No Spring, no database; time comes from the run date.
 */
package org.examcommit.batch.verification.checks;
