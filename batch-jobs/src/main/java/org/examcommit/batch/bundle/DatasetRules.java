package org.examcommit.batch.bundle;

import java.util.List;

/**
 * What one dataset of the bundle is (DATA-CONTRACT §1) and how its good rows load: the columns it
 * needs, how a row is cleaned and checked, its key, what it references, and the SQL that moves the
 * staged rows ({@code stage_<dataset>}, all text) into the real table. SQL may use {@code :runDate}.
 */
interface DatasetRules {

    /** Which earlier dataset a row's first staged value must name. */
    enum Reference {
        NONE,
        CANDIDATE,
        APPLICATION
    }

    String name();

    /** Columns a file must have; a missing one refuses the whole file. */
    List<String> requiredColumns();

    /** The staged columns, in the order {@link #clean} returns them. */
    List<String> stageColumns();

    /** The cleaned values, or null when the row breaks a rule (the reader then holds the problem). */
    String[] clean(FieldReader f);

    /** The key columns whose repeat within one import makes a row bad; empty when the dataset has no key. */
    List<String> keyColumns();

    /** Which staged column (by name) references another dataset, and which. */
    default Reference reference() {
        return Reference.NONE;
    }

    default String referenceColumn() {
        return null;
    }

    /** True for authority snapshots: the load replaces every row of the source. */
    boolean snapshot();

    /** Statements run in order after staging, in the same transaction. */
    List<String> applySql();

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
