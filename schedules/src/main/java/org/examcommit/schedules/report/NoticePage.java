package org.examcommit.schedules.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.examcommit.contract.privacy.Masking;

/**
 * The public notice list of a date (DATA-CONTRACT §3 social supervision) as one HTML page: names and
 * id numbers masked as §5 (masked again here, so an unmasked value can never reach the page), no
 * phone, with a per-province count under disclosure control.
 */
final class NoticePage {

    /** One notice as the public_notice table holds it. */
    record Notice(
            String applicationId,
            String maskedName,
            String maskedIdNumber,
            String examCode,
            String level,
            String provinceCode,
            String commitment,
            String reason) {}

    private NoticePage() {}

    static String render(LocalDate publishedOn, List<Notice> notices) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>告知承诺制社会监督公示 · ").append(publishedOn).append("</h1>");
        b.append("<p class=\"note\">以下报名人选择了告知承诺，但其证明材料难以在线核验，现予公示，接受社会监督。" + "姓名和身份证号已按规定遮盖。</p>");
        Map<String, Long> byProvince = new TreeMap<>();
        notices.forEach(n -> byProvince.merge(n.provinceCode(), 1L, Long::sum));
        b.append(Svg.bars(
                "各省公示人数",
                byProvince.entrySet().stream()
                        .map(e -> new Svg.Bar(
                                Labels.province(e.getKey()),
                                Disclosure.drawn(e.getValue()),
                                Disclosure.shown(e.getValue())))
                        .toList()));
        b.append(Html.table(
                List.of("省份", "公示人数"),
                byProvince.entrySet().stream()
                        .map(e -> List.of(Labels.province(e.getKey()), Disclosure.shown(e.getValue())))
                        .toList()));
        // masking is idempotent on the stored, masked values, and masks one should it ever arrive unmasked
        List<List<String>> rows = new ArrayList<>();
        for (Notice n : notices) {
            rows.add(List.of(
                    n.applicationId(),
                    Masking.name(n.maskedName()),
                    Masking.idNumber(n.maskedIdNumber()),
                    n.examCode(),
                    Labels.code(n.level()),
                    Labels.province(n.provinceCode()),
                    Labels.code(n.commitment()),
                    n.reason()));
        }
        b.append("<h2>公示名单（").append(notices.size()).append(" 人）</h2>");
        b.append(Html.table(List.of("报名号", "姓名", "身份证号", "考试", "级别", "报考省份", "承诺", "公示原因"), rows));
        return Html.page("社会监督公示 " + publishedOn, b.toString());
    }
}
