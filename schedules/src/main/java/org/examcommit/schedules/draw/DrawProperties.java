package org.examcommit.schedules.draw;

import java.math.BigDecimal;
import java.util.Map;
import org.examcommit.contract.draw.SampleSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The random draw's ratios (DATA-CONTRACT §4 step 4), decimals above 0 and at most 1, never doubles.
 *
 * @param defaultRatio the share of each province's exempt applications drawn for an exam with no ratio
 *     of its own, default {@code 0.05}
 * @param ratios per exam_code, e.g. {@code examcommit.draw.ratios.SW=0.1}; default none
 */
@ConfigurationProperties("examcommit.draw")
public record DrawProperties(@DefaultValue("0.05") BigDecimal defaultRatio, Map<String, BigDecimal> ratios) {

    public DrawProperties {
        ratios = ratios == null ? Map.of() : Map.copyOf(ratios);
        SampleSize.ratio(defaultRatio.toPlainString());
        ratios.forEach((exam, ratio) -> {
            try {
                SampleSize.ratio(ratio.toPlainString());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("examcommit.draw.ratios." + exam + ": " + e.getMessage());
            }
        });
    }

    /** The ratio of an exam: its own, or the default. */
    public BigDecimal ratio(String examCode) {
        return ratios.getOrDefault(examCode, defaultRatio);
    }
}
