package org.examcommit.batch.bundle;

import java.util.List;

/** public_reports: reports from the public naming an application (key supervision). */
final class PublicReportRows implements DatasetRules {

    @Override
    public String name() {
        return "public_reports";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("application_id", "reported_at", "channel", "summary");
    }

    @Override
    public List<String> stageColumns() {
        return requiredColumns();
    }

    @Override
    public String[] clean(FieldReader f) {
        String[] v = {
            f.identifier("application_id"),
            DatasetRules.text(f.timestamp("reported_at")),
            f.text("channel"),
            f.text("summary")
        };
        return f.ok() ? v : null;
    }

    /** The contract gives reports no key; the table's own uniqueness makes a repeat load once. */
    @Override
    public List<String> keyColumns() {
        return List.of();
    }

    @Override
    public Reference reference() {
        return Reference.APPLICATION;
    }

    @Override
    public String referenceColumn() {
        return "application_id";
    }

    @Override
    public boolean snapshot() {
        return false;
    }

    @Override
    public List<String> applySql() {
        return List.of("""
                INSERT INTO public_reports (application_id, reported_at, channel, summary)
                SELECT DISTINCT ON (application_id, reported_at::timestamptz, channel)
                       application_id, reported_at::timestamptz, channel, summary
                  FROM stage_public_reports
                ON CONFLICT (application_id, reported_at, channel) DO UPDATE
                   SET summary = EXCLUDED.summary
                 WHERE public_reports.summary IS DISTINCT FROM EXCLUDED.summary
                """);
    }
}
