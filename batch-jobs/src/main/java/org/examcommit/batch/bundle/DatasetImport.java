package org.examcommit.batch.bundle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.examcommit.batch.bundle.ImportReport.DatasetReport;

/** The import of one dataset of a bundle, run by one step of the import job in the step's transaction. */
interface DatasetImport {

    String name();

    /** Loads the dataset and returns its counts, or empty when the bundle does not have it. */
    Optional<DatasetReport> load(Path bundle, LocalDate runDate) throws Exception;
}
