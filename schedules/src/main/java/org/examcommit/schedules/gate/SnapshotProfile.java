package org.examcommit.schedules.gate;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The profile of one authority snapshot as the import measured it ({@code snapshot_profiles}), with the
 * gate's verdict on it.
 *
 * @param dataset the authority dataset
 * @param snapshotDate the run date of the import that loaded it
 * @param contentSha256 lowercase hex SHA-256 of the file as read
 * @param rowCount rows loaded (social_insurance: monthly rows)
 * @param quarantined rows quarantined
 * @param distinctPersons distinct id_number among the rows loaded
 * @param monthRows social_insurance: rows per month (first day of the month), in order; empty otherwise
 * @param nullRates per column, the share (0..1) of the rows loaded without a value
 * @param quarantineRates per column, the share (0..1) of the rows delivered quarantined for that column
 * @param codeShares per {@code column=CODE}, the share (0..1) of the rows loaded with that code
 * @param status PENDING, ACCEPTED or REFUSED
 * @param verdict the gate's reason, or who accepted it and why
 */
public record SnapshotProfile(
        String dataset,
        LocalDate snapshotDate,
        String contentSha256,
        long rowCount,
        long quarantined,
        long distinctPersons,
        SortedMap<LocalDate, Long> monthRows,
        Map<String, Double> nullRates,
        Map<String, Double> quarantineRates,
        Map<String, Double> codeShares,
        String status,
        String verdict) {

    public static final String PENDING = "PENDING";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REFUSED = "REFUSED";

    public SnapshotProfile {
        monthRows = new TreeMap<>(monthRows);
        nullRates = Map.copyOf(nullRates);
        quarantineRates = Map.copyOf(quarantineRates);
        codeShares = Map.copyOf(codeShares);
    }

    /** The first month covered, or null (no months: not social_insurance, or no rows). */
    public LocalDate firstMonth() {
        return monthRows.isEmpty() ? null : monthRows.firstKey();
    }

    /** The last month covered, or null. */
    public LocalDate lastMonth() {
        return monthRows.isEmpty() ? null : monthRows.lastKey();
    }

    /** The rows of a month (0 when it has none). */
    public long rowsOf(LocalDate month) {
        return monthRows.getOrDefault(month, 0L);
    }

    /** A summary for the status and the report: rows, persons, months, quarantine. */
    public String summary() {
        String months = monthRows.isEmpty() ? "" : ", months " + firstMonth() + ".." + lastMonth();
        return rowCount + " rows, " + distinctPersons + " persons" + months + ", " + quarantined + " quarantined";
    }
}
