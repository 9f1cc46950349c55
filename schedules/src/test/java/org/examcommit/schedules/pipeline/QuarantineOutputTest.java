package org.examcommit.schedules.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.examcommit.batch.io.ParquetRowReader;
import org.examcommit.batch.io.Row;
import org.examcommit.batch.io.RunDateOutput;
import org.examcommit.registration.testsupport.TestDatabase;
import org.examcommit.schedules.PlatformApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** quarantine (contract §2) as Parquet too: the date's rows, masked as the table holds them, replaced on a re-run. */
@SpringBootTest(
        classes = PlatformApplication.class,
        properties = {
            "spring.quartz.auto-startup=false",
            "spring.main.lazy-initialization=true",
            "examcommit.analytics.home=../analytics/target"
        })
class QuarantineOutputTest {

    private static final LocalDate NIGHT = LocalDate.of(2032, 4, 2);

    @TempDir
    static Path outputRoot;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("examcommit.output-root", outputRoot::toString);
    }

    @Autowired
    QuarantineOutput output;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatesQuarantinedRowsAreWrittenInTheContractsColumnsAndReplacedOnAReRun() throws Exception {
        quarantine(NIGHT, "candidates", 7, "id_number", "110101********1234,张*");
        quarantine(NIGHT.minusDays(1), "education", 2, "level", "another night's row");

        assertThat(output.write(NIGHT)).isEqualTo(1);
        quarantine(NIGHT, "applications", 3, null, "A-1,,");
        assertThat(output.write(NIGHT)).isEqualTo(2);

        assertThat(rows(NIGHT))
                .containsExactly(
                        "2032-04-02|applications|3|null|a reason|A-1,,",
                        "2032-04-02|candidates|7|id_number|a reason|110101********1234,张*");
    }

    private void quarantine(LocalDate runDate, String dataset, long row, String column, String record) {
        jdbc.sql("""
                        INSERT INTO quarantine (run_date, dataset, row_number, column_name, reason, record)
                        VALUES (?, ?, ?, ?, 'a reason', ?)""").params(runDate, dataset, row, column, record).update();
    }

    private static List<String> rows(LocalDate date) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ParquetRowReader reader = ParquetRowReader.open(RunDateOutput.folder(outputRoot, "quarantine", date))) {
            assertThat(reader.columns().names())
                    .containsExactly("run_date", "dataset", "row_number", "column_name", "reason", "record");
            for (Row row = reader.next(); row != null; row = reader.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < reader.columns().size(); i++) {
                    values.add(String.valueOf(row.get(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
