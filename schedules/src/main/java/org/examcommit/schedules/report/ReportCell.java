package org.examcommit.schedules.report;

/**
 * One figure of the analyst report: its section (route, reason, pattern, ...), its key and sub-key
 * (a code, a province), and either a count of candidates (disclosure-controlled) or a measured value
 * (seconds of a stage, a score), never both.
 */
public record ReportCell(String section, String key, String subkey, Long count, Double value) {

    public static ReportCell count(String section, String key, String subkey, long count) {
        return new ReportCell(section, key, subkey, count, null);
    }

    public static ReportCell value(String section, String key, String subkey, double value) {
        return new ReportCell(section, key, subkey, null, value);
    }

    /** What the report shows for this cell: the count under disclosure control, or the value. */
    public String shown() {
        if (count != null) {
            return Disclosure.shown(count);
        }
        return value == null
                ? ""
                : value == Math.rint(value) ? Long.toString(value.longValue()) : String.format("%.1f", value);
    }
}
