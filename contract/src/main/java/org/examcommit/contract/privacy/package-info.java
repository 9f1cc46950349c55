/**
 * Masking of personal data (DATA-CONTRACT §5), in one place and without Spring: {@link
 * org.examcommit.contract.privacy.Masking} masks one value (a name, an id_number, a phone) and {@link
 * org.examcommit.contract.privacy.Redaction} masks whatever is shaped like an id_number or a phone inside a
 * free text bound for a log, an exception, a quarantine reason or an operator's terminal. Both are static and
 * pure, so Spark code can call them too.
 */
package org.examcommit.contract.privacy;
