package org.examcommit.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The lookup by code of one enum's constants, built once per enum. */
final class CodeList<E extends Enum<E> & ContractCode> {

    private final String name;
    private final Map<String, E> byCode = new LinkedHashMap<>();

    CodeList(String name, E[] values) {
        this.name = name;
        for (E value : values) {
            byCode.put(value.code(), value);
        }
    }

    /** The constant of an exact code (no trimming: callers clean codes as the contract says). */
    E fromCode(String code) {
        E value = code == null ? null : byCode.get(code);
        if (value == null) {
            throw new IllegalArgumentException(name + " must be one of " + String.join(", ", byCode.keySet()));
        }
        return value;
    }

    boolean isCode(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The codes in the contract's order. */
    Set<String> codes() {
        return java.util.Collections.unmodifiableSet(byCode.keySet());
    }
}
