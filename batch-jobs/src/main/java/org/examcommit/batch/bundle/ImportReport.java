package org.examcommit.batch.bundle;

import java.time.LocalDate;
import java.util.List;

/** What an import loaded: per dataset present in the bundle, rows loaded and rows quarantined. */
public record ImportReport(LocalDate runDate, List<DatasetReport> datasets) {

    public ImportReport {
        datasets = List.copyOf(datasets);
    }

    /** One dataset's counts; a file refused for a missing column has 0 loaded and 1 quarantined. */
    public record DatasetReport(String dataset, long loaded, long quarantined) {}
}
