package org.examcommit.registration.exam;

import java.util.List;

/** An exam of the catalogue and its levels. */
public record Exam(String code, String name, List<Level> levels) {

    /** A level of the exam: ASSISTANT, INTERMEDIATE or SENIOR. */
    public record Level(String level, String name) {}

    public boolean hasLevel(String level) {
        return levels.stream().anyMatch(l -> l.level().equals(level));
    }
}
