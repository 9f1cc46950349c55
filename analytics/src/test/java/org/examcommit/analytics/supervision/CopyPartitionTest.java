package org.examcommit.analytics.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class CopyPartitionTest {

    @Test
    void rowsBecomeCsvLinesThatCopyReadsBackUnchanged() {
        StringBuilder text = new StringBuilder();
        CopyPartition.appendCsv(
                text,
                RowFactory.create(
                        Date.valueOf("2026-06-01"), "AP1", 1.0, "CERT_SHARED: a \"quoted\", b\nWORK_OVERLAP: c"));
        CopyPartition.appendCsv(text, RowFactory.create(null, "", "学历证书无法在线核验；请携带"));

        assertThat(text.toString())
                .isEqualTo("\"2026-06-01\",\"AP1\",\"1.0\",\"CERT_SHARED: a \"\"quoted\"\", b\nWORK_OVERLAP: c\"\n"
                        + ",\"\",\"学历证书无法在线核验；请携带\"\n");
    }
}
