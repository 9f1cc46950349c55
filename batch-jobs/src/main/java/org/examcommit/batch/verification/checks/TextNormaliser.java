package org.examcommit.batch.verification.checks;

import java.text.Normalizer;

/** Texts (names, schools, majors) compare after NFKC, trimming, and with the middle dots as one character. */
public final class TextNormaliser {

    /** The one middle dot every variant becomes. */
    static final char MIDDLE_DOT = '\u00B7';

    private TextNormaliser() {}

    /**
     * NFKC, stripped of surrounding whitespace, with {@code •} (U+2022) and {@code ・} (U+30FB) turned
     * into {@code ·} (U+00B7). NFKC has already folded their other forms into these three (the
     * half-width U+FF65 into U+30FB, the Greek ano teleia U+0387 into U+00B7).
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return folded.replace('\u2022', MIDDLE_DOT).replace('\u30FB', MIDDLE_DOT);
    }

    /** Whether two texts are the same after normalisation; a missing text is never the same. */
    public static boolean same(String a, String b) {
        // equal texts normalise alike: most names and schools in a night match as they are
        return a != null && b != null && (a.equals(b) || normalise(a).equals(normalise(b)));
    }

    /** Identifiers (id_number, codes) compare trimmed and case-blind: a lower-case x check character is an X. */
    static boolean sameCode(String a, String b) {
        return a != null && b != null && (a.equals(b) || a.strip().equalsIgnoreCase(b.strip()));
    }
}
