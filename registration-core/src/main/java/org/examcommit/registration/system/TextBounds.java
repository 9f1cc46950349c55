package org.examcommit.registration.system;

/**
 * The longest value each kind of request text field takes, in characters. The request records carry them as
 * {@code @Size(max = ...)}, which both bounds the value as the body is read ({@link BoundedTextDeserializer}) and
 * shows the bound in the OpenAPI document; the domain rules may be stricter (a name is at most 50).
 */
public final class TextBounds {

    /** Codes and identifiers: exam codes, levels, id_numbers, phones, application ids, finding kinds. */
    public static final int CODE = 32;

    /** Certificate numbers, credit codes, payment references, commitment text versions, log-in names. */
    public static final int REFERENCE = 64;

    /** A password (BCrypt reads 72 bytes at most; the rule counts the bytes). */
    public static final int PASSWORD = 72;

    /** Names of people, schools, majors and employers. */
    public static final int NAME = 100;

    /** An officer's reason, a disposition's basis, a note. */
    public static final int REASON = 500;

    /** A finding's detail. */
    public static final int DETAIL = 2000;

    private TextBounds() {}
}
