package org.examcommit.contract.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;

/**
 * {@code population_sha256} (§4 step 1): SHA-256 of one line {@code province_code,application_id\n}
 * per application, sorted canonically, no header. Fed one member at a time, so a million rows
 * stream from the database without being held; members must come in canonical order, and one out of
 * order or repeated is refused (it would hash another list than the one published).
 */
public final class PopulationHash {

    private final MessageDigest digest = Seeds.sha256Digest();
    private Member last;
    private long size;

    public PopulationHash add(Member member) {
        if (last != null && Member.CANONICAL.compare(last, member) >= 0) {
            throw new IllegalArgumentException("population not in canonical order at " + member.applicationId());
        }
        digest.update(line(member).getBytes(StandardCharsets.UTF_8));
        last = member;
        size++;
        return this;
    }

    public long size() {
        return size;
    }

    /** The lowercase hex digest; the hash is finished (no member may follow). */
    public String sha256() {
        return Hex.of(digest.digest());
    }

    /** The hash of any collection of members, sorted here. */
    public static String of(Collection<Member> population) {
        PopulationHash hash = new PopulationHash();
        population.stream().sorted(Member.CANONICAL).forEach(hash::add);
        return hash.sha256();
    }

    /** The canonical text itself (what the hash covers), for a person to diff. */
    public static String canonicalText(Collection<Member> population) {
        StringBuilder text = new StringBuilder();
        List<Member> sorted = population.stream().sorted(Member.CANONICAL).toList();
        sorted.forEach(m -> text.append(line(m)));
        return text.toString();
    }

    private static String line(Member member) {
        return member.provinceCode() + ',' + member.applicationId() + '\n';
    }
}
