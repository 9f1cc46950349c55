package org.examcommit.schedules.gate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The snapshot gate's limits: how far tonight's profile of an authority snapshot may move from the last
 * accepted one of its dataset before the night stops at stage {@code gate}. A last month earlier than the
 * last accepted one's always stops it. Judged by {@link SnapshotJudge}.
 *
 * @param maxRowDropPercent rows loaded, or distinct persons, fell by more than this share (default 10 %)
 * @param maxMonthDipPercent social_insurance: a month's rows are more than this share below the mean of
 *     its two neighbouring months, and were not so in the last accepted snapshot (default 30 %)
 * @param monthDipMinRows the month rule looks only at months whose neighbours average at least this many
 *     rows: small counts move by chance (default 50)
 * @param maxNullRateRisePoints a column's null rate rose by more than this many percentage points
 *     (default 5)
 * @param maxQuarantineRateRisePoints a column's quarantine rate rose by more than this many percentage
 *     points (default 5)
 * @param maxCodeSharePoints a code's share of a coded column moved by more than this many percentage
 *     points, up or down (default 10)
 */
@ConfigurationProperties("examcommit.gate")
public record GateRules(
        @DefaultValue("10") double maxRowDropPercent,
        @DefaultValue("30") double maxMonthDipPercent,
        @DefaultValue("50") long monthDipMinRows,
        @DefaultValue("5") double maxNullRateRisePoints,
        @DefaultValue("5") double maxQuarantineRateRisePoints,
        @DefaultValue("10") double maxCodeSharePoints) {

    /** The documented defaults. */
    public static GateRules defaults() {
        return new GateRules(10, 30, 50, 5, 5, 10);
    }

    public GateRules {
        if (maxRowDropPercent < 0
                || maxMonthDipPercent < 0
                || monthDipMinRows < 0
                || maxNullRateRisePoints < 0
                || maxQuarantineRateRisePoints < 0
                || maxCodeSharePoints < 0) {
            throw new IllegalArgumentException("examcommit.gate: every limit must be 0 or more");
        }
    }
}
