package org.examcommit.batch.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The column names of a dataset in file order, with a lookup from name to position. */
public final class Columns {

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    public Columns(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) {
            index.putIfAbsent(this.names.get(i), i);
        }
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** The position of a column, or -1 when the dataset has no such column. */
    public int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    public boolean contains(String name) {
        return index.containsKey(name);
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
