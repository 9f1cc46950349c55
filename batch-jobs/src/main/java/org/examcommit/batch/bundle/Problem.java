package org.examcommit.batch.bundle;

/** Why a bundle row is bad: the column at fault and the rule it breaks (never the value itself). */
public record Problem(String column, String reason) {}
