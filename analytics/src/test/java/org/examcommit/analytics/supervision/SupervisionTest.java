package org.examcommit.analytics.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SupervisionTest {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 20);

    static Fixture night() {
        return new Fixture()
                .candidate("C1", FlagsTest.ID_A, "张三", "13800001111")
                .candidate("C2", FlagsTest.ID_B, "欧阳娜娜", "13900002222")
                .candidate("C3", FlagsTest.ID_C, "王五", "13700003333")
                .application("A1", "C1", 2026, "11")
                .application("A2", "C2", 2026, "31")
                .application("A3", "C3", "SW", 2026, "44", "NOT_CHOSEN")
                .verified("A3", "PASS", "UNVERIFIABLE", "NOT_CLAIMED", "ELIGIBLE", "ONSITE")
                .report("A1", "2026-11-03T09:30:00+08:00", "HOTLINE")
                .report("A3", "2026-11-04T09:30:00+08:00", "HOTLINE")
                .job("C1", 1, "甲社工站", "91110000000000001A", "2019-01-15", "2021-06-30", false)
                .job("C1", 2, "乙社工站", "91110000000000002B", "2021-04-01", null, false);
    }

    @Test
    void keySupervisionIsEveryExemptApplicationWithAFlagAndItsPatterns() {
        Inputs in = night().inputs();
        List<Row> rows =
                Supervision.keySupervision(in.verification(), Flags.all(in)).collectAsList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getString(0)).isEqualTo("A1");
        assertThat(rows.get(0).<String>getList(1)).containsExactly("REPORTED", "WORK_OVERLAP");
    }

    @Test
    void theNoticeListsCommittedApplicationsWhoseProofsCannotBeCheckedOnlineMasked() {
        Fixture fixture = night().verified("A2", "PASS", "UNVERIFIABLE", "UNVERIFIABLE", "UNDETERMINED", "ONSITE")
                .verified("A1", "PASS", "PASS", "PASS", "INELIGIBLE", "ONSITE");
        List<Row> rows = Supervision.publicNotice(fixture.inputs(), RUN_DATE).collectAsList();
        assertThat(rows).hasSize(1);
        Row row = rows.get(0);
        assertThat(row.getString(row.fieldIndex("application_id"))).isEqualTo("A2");
        assertThat(row.getString(row.fieldIndex("masked_name"))).isEqualTo("欧***");
        assertThat(row.getString(row.fieldIndex("masked_id_number"))).isEqualTo("310101********0021");
        assertThat(row.getString(row.fieldIndex("reason")))
                .isEqualTo(Supervision.EDUCATION_REASON + "；" + Supervision.DEGREE_REASON + "；"
                        + Supervision.WORK_REASON + "。");
        assertThat(row.getDate(row.fieldIndex("published_on")).toLocalDate()).isEqualTo(RUN_DATE);
        assertThat(row.mkString("|")).doesNotContain(FlagsTest.ID_B).doesNotContain("13900002222");
    }

    @Test
    void eachKeySupervisionApplicationGetsOneFindingNamingItsPatternsAndEvidence() {
        Inputs in = night().inputs();
        Dataset<Row> flags = Flags.all(in);
        List<Row> rows = Supervision.findings(Supervision.keySupervision(in.verification(), flags), flags)
                .collectAsList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getString(1)).isEqualTo("REPORTED;WORK_OVERLAP");
        assertThat(rows.get(0).getString(2))
                .startsWith("REPORTED: public report of 2026-11-03 09:30 via HOTLINE\nWORK_OVERLAP: jobs 1");
    }
}
