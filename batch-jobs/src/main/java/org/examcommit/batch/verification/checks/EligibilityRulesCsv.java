package org.examcommit.batch.verification.checks;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.examcommit.contract.EducationLevel;

/** Reads eligibility-rules.csv (exam_code, level, education_level, social_work_major, min_social_work_years). */
public final class EligibilityRulesCsv {

    private static final List<String> COLUMNS =
            List.of("exam_code", "level", "education_level", "social_work_major", "min_social_work_years");

    private EligibilityRulesCsv() {}

    /** The rules of the CSV; a missing column or a bad value fails naming the row, the column and the reason. */
    public static List<EligibilityRule> read(Reader csv, String source) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            for (String column : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(source + ": missing column " + column);
                }
            }
            List<EligibilityRule> rules = new ArrayList<>();
            for (CSVRecord row : parser) {
                rules.add(rule(row, source));
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    private static EligibilityRule rule(CSVRecord row, String source) {
        String where = source + " row " + row.getRecordNumber();
        String examCode = required(row, "exam_code", where);
        String level = required(row, "level", where);
        EducationLevel educationLevel;
        try {
            educationLevel = EducationLevel.fromCode(required(row, "education_level", where));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " column education_level: not a known education level", e);
        }
        String major = row.get("social_work_major");
        if (!major.isEmpty() && !major.equalsIgnoreCase("true") && !major.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(where + " column social_work_major: must be true, false or empty");
        }
        int years;
        try {
            years = Integer.parseInt(required(row, "min_social_work_years", where));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " column min_social_work_years: not a whole number", e);
        }
        if (years < 0) {
            throw new IllegalArgumentException(where + " column min_social_work_years: must not be negative");
        }
        return new EligibilityRule(examCode, level, educationLevel, major.equalsIgnoreCase("true"), years);
    }

    private static String required(CSVRecord row, String column, String where) {
        String value = row.get(column);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(where + " column " + column + ": required");
        }
        return value;
    }
}
