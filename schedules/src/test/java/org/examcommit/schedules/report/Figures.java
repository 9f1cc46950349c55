package org.examcommit.schedules.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A night's figures as a test writes them: Beijing and Guangdong large, Tibet (54) with 3 and 1. */
final class Figures {

    private Figures() {}

    static NightFigures night() {
        List<ReportCell> c = new ArrayList<>();
        c.add(ReportCell.count(NightFigures.ROUTE, "EXEMPT", "11", 120));
        c.add(ReportCell.count(NightFigures.ROUTE, "ONSITE", "11", 30));
        c.add(ReportCell.count(NightFigures.ROUTE, "EXEMPT", "44", 200));
        c.add(ReportCell.count(NightFigures.ROUTE, "ONSITE", "44", 47));
        c.add(ReportCell.count(NightFigures.ROUTE, "EXEMPT", "54", 3));
        c.add(ReportCell.count(NightFigures.ROUTE, "ONSITE", "54", 1));
        c.add(ReportCell.count(NightFigures.REASON, "NOT_CHOSEN", "11", 20));
        c.add(ReportCell.count(NightFigures.REASON, "EDUCATION_UNVERIFIABLE", "11", 10));
        c.add(ReportCell.count(NightFigures.REASON, "NOT_CHOSEN", "44", 40));
        c.add(ReportCell.count(NightFigures.REASON, "UNDETERMINED", "44", 7));
        c.add(ReportCell.count(NightFigures.REASON, "UNDETERMINED", "54", 1));
        c.add(ReportCell.count(NightFigures.PATTERN, "EMPLOYER_CLUSTER", "44", 12));
        c.add(ReportCell.count(NightFigures.PATTERN, "ANOMALY", "11", 2));
        c.add(ReportCell.count(NightFigures.PATTERN, "CERT_NOT_FOUND", "11", 9));
        c.add(ReportCell.count(NightFigures.PROVINCE, "11", "", 150));
        c.add(ReportCell.count(NightFigures.PROVINCE, "44", "", 247));
        c.add(ReportCell.count(NightFigures.PROVINCE, "54", "", 4));
        c.add(ReportCell.count(NightFigures.EXAM, "SW 2026", "ASSISTANT", 300));
        c.add(ReportCell.count(NightFigures.EXAM, "SW 2026", "SENIOR", 101));
        c.add(ReportCell.count(NightFigures.QUARANTINE, "candidates", "id_number: check character", 2));
        c.add(ReportCell.count(NightFigures.QUARANTINE, "social_insurance", "month: not a date", 9));
        c.add(ReportCell.value(
                NightFigures.SNAPSHOT,
                "social_insurance",
                "2026-11-20 ACCEPTED: accepted by ops, partner confirmed",
                5630));
        c.add(ReportCell.value(NightFigures.STAGE_SECONDS, "import", "", 4.2));
        c.add(ReportCell.value(NightFigures.STAGE_SECONDS, "verify", "", 6.9));
        c.add(ReportCell.value(NightFigures.STAGE_SECONDS, "analytics", "", 61.3));
        c.add(new ReportCell(
                NightFigures.EMPLOYER_CLUSTER,
                "employer 某某社工服务社 (credit code 91440101MA5CLUSTER): 12 candidates claim a job starting 2024-03"
                        + " where 0.41 were expected from its 15 claims and that month's share; Poisson p = 1.20e-15,"
                        + " Benjamini-Hochberg q = 3.40e-12",
                "",
                12L,
                1.0));
        c.add(ReportCell.count(NightFigures.DRAW_POPULATION, "SW 2026", "11", 120));
        c.add(ReportCell.count(NightFigures.DRAW_SAMPLE, "SW 2026", "11", 6));
        c.add(ReportCell.count(NightFigures.DRAW_POPULATION, "SW 2026", "54", 3));
        c.add(ReportCell.count(NightFigures.DRAW_SAMPLE, "SW 2026", "54", 1));
        for (int d = 0; d < 5; d++) {
            String night = LocalDate.of(2026, 11, 16 + d).toString();
            c.add(ReportCell.count(NightFigures.TREND, night, "EXEMPT", 300 + 10 * d));
            c.add(ReportCell.count(NightFigures.TREND, night, "ONSITE", 70 + d));
            c.add(ReportCell.count(NightFigures.TREND, night, "FLAGGED", d == 0 ? 3 : 20 + d));
        }
        return new NightFigures(LocalDate.of(2026, 11, 20), c);
    }

    static List<NoticePage.Notice> notices() {
        return List.of(
                new NoticePage.Notice(
                        "SW26-0007",
                        "张*",
                        "110101********1234",
                        "SW",
                        "ASSISTANT",
                        "11",
                        "COMMITTED",
                        "学历证书无法在线核验，请携带学历证书原件到现场核验。"),
                // an unmasked row (it must never happen) is masked by the page all the same
                new NoticePage.Notice(
                        "SW26-0008",
                        "欧阳娜娜",
                        "440101199001010011",
                        "SW",
                        "SENIOR",
                        "44",
                        "COMMITTED",
                        "社会工作年限无法在线核验，请携带劳动合同和单位出具的工作证明到现场核验。"));
    }
}
