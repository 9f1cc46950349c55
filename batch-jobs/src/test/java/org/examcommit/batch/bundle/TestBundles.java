package org.examcommit.batch.bundle;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The small bundles under src/test/resources/bundles and queries the import tests share. */
final class TestBundles {

    private TestBundles() {}

    static Path bundle(String name) {
        try {
            return Path.of(TestBundles.class.getResource("/bundles/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The quarantine of a run date and dataset as "row_number column" lines in row order. */
    static List<String> quarantine(JdbcClient jdbc, LocalDate runDate, String dataset) {
        return jdbc.sql("""
                SELECT row_number || ' ' || coalesce(column_name, '-') FROM quarantine
                 WHERE run_date = :runDate AND dataset = :dataset ORDER BY row_number
                """)
                .param("runDate", runDate)
                .param("dataset", dataset)
                .query(String.class)
                .list();
    }
}
