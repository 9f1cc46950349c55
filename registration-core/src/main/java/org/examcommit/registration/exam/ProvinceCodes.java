package org.examcommit.registration.exam;

import java.util.Set;

/** The 2-digit GB/T 2260 province codes of DATA-CONTRACT §1 (11 Beijing, 31 Shanghai, 44 Guangdong, ...). */
public final class ProvinceCodes {

    public static final Set<String> ALL = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    private ProvinceCodes() {}

    public static boolean isKnown(String code) {
        return code != null && ALL.contains(code);
    }
}
