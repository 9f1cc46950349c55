package org.examcommit.schedules.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What the generator injects for CERT_SHARED and WORK_OVERLAP (contract §3), with look-alikes that must not be
 * flagged, at fixed slots of every {@value #STRIDE} candidates (about one candidate in 200 per pattern and kind):
 *
 * <ul>
 *   <li>CERT_SHARED: the candidate in slot {@value #CERT_SOURCE} holds a certificate that the next one claims as
 *       an extra education row: in even strides the education certificate_no, in odd ones the
 *       degree_certificate_no (when the holder has a degree). Both candidates' applications are the truth, and
 *       the claimer's row also makes CERT_MISMATCH (the registry names the holder) or, when the registry lacks
 *       the certificate, CERT_NOT_FOUND. Look-alikes: one candidate listing one certificate twice (slot {@value
 *       #CERT_TWICE}), and an education certificate_no equal to another candidate's degree_certificate_no (slot
 *       {@value #CERT_OTHER_REGISTRY}): the two registries number their certificates apart.
 *   <li>WORK_OVERLAP: an extra job (not social work, so no social-work month changes) inside the first job for
 *       2 to 24 months (slot {@value #OVERLAP_INSIDE}), or open and starting in the last six months of insurance
 *       while the candidate's open job runs on (slot {@value #OVERLAP_OPEN}). Look-alikes: an earlier job ending
 *       in the month the first job starts, one month shared (slot {@value #OVERLAP_TOUCHING}); a two-month job
 *       sharing one month with each of two jobs, or an earlier job ending the month before (slot {@value
 *       #OVERLAP_ADJACENT}). Injected outliers keep their jobs as they are.
 * </ul>
 *
 * <p>It draws from its own random stream and only adds rows, so every other candidate's rows are what the same
 * seed writes without it.
 */
final class RuleInjection {

    static final int STRIDE = 200;
    static final int CERT_SOURCE = 50;
    static final int CERT_CLAIMER = 51;
    static final int CERT_TWICE = 52;
    static final int CERT_OTHER_REGISTRY = 53;
    static final int OVERLAP_INSIDE = 150;
    static final int OVERLAP_OPEN = 151;
    static final int OVERLAP_TOUCHING = 152;
    static final int OVERLAP_ADJACENT = 153;

    /** Education certificates the claimer of a shared degree holds itself: numbered apart from every other. */
    private static final long OWN_CERTIFICATES = 900_000_000_000L;

    /** Writes one CSV line of a dataset. */
    interface Lines {
        void line(String dataset, String... values);
    }

    /** One education row as written; {@code loaded} is false for a row the import will quarantine. */
    record Claim(
            String level,
            String school,
            String major,
            String graduated,
            String certificateNo,
            boolean registered,
            String degree,
            String degreeCertificateNo,
            boolean degreeRegistered,
            String nameOnCertificate,
            boolean loaded) {}

    /** The certificate the slot's source holds: its row, and whether the degree certificate is the shared one. */
    private record Shared(Claim claim, boolean degree) {}

    private final SplittableRandom random;
    private final int candidates;
    private final Lines out;
    private long ownCertificates = OWN_CERTIFICATES;
    private Shared source;
    private String previousDegreeCertificate;

    RuleInjection(long seed, int candidates, Lines out) {
        this.random = new SplittableRandom(seed * 53 + 29);
        this.candidates = candidates;
        this.out = out;
    }

    /** After candidate {@code c}'s education rows ({@code claims}, seq 1..n): its injected rows, if any. */
    void education(int c, String cid, String id, String name, List<Claim> claims, Set<String> truth) {
        int slot = c % STRIDE;
        String seq = Integer.toString(claims.size() + 1);
        if (slot == CERT_SOURCE && c + 1 < candidates) {
            Claim withDegree = claims.stream()
                    .filter(r -> r.loaded() && r.degreeCertificateNo() != null)
                    .findFirst()
                    .orElse(null);
            boolean degree = (c / STRIDE) % 2 == 1 && withDegree != null;
            source = new Shared(degree ? withDegree : claims.get(0), degree);
            truth.add("CERT_SHARED");
        } else if (slot == CERT_CLAIMER && source != null) {
            Claim s = source.claim();
            if (source.degree()) {
                String own = String.format("%012d", ownCertificates++);
                out.line(
                        "education",
                        cid,
                        seq,
                        s.level(),
                        s.school(),
                        s.major(),
                        s.graduated(),
                        own,
                        s.degree(),
                        s.degreeCertificateNo(),
                        name);
                out.line("education_registry", own, id, name, s.school(), s.major(), s.level(), s.graduated());
                truth.add("CERT_SHARED");
                truth.add(s.degreeRegistered() ? "CERT_MISMATCH" : "CERT_NOT_FOUND");
            } else {
                out.line(
                        "education",
                        cid,
                        seq,
                        s.level(),
                        s.school(),
                        s.major(),
                        s.graduated(),
                        s.certificateNo(),
                        null,
                        null,
                        name);
                truth.add("CERT_SHARED");
                truth.add(s.registered() ? "CERT_MISMATCH" : "CERT_NOT_FOUND");
            }
            source = null;
        } else if (slot == CERT_TWICE) {
            Claim r = claims.get(0);
            out.line(
                    "education",
                    cid,
                    seq,
                    r.level(),
                    r.school(),
                    r.major(),
                    r.graduated(),
                    r.certificateNo(),
                    r.degree(),
                    r.degreeCertificateNo(),
                    r.nameOnCertificate());
        } else if (slot == CERT_OTHER_REGISTRY && previousDegreeCertificate != null) {
            String graduated = (2000 + random.nextInt(24)) + "-07-01";
            String school = "长沙民政职业技术学院";
            String major = "社区管理与服务";
            out.line(
                    "education",
                    cid,
                    seq,
                    "JUNIOR_COLLEGE",
                    school,
                    major,
                    graduated,
                    previousDegreeCertificate,
                    "NONE",
                    null,
                    name);
            out.line(
                    "education_registry",
                    previousDegreeCertificate,
                    id,
                    name,
                    school,
                    major,
                    "JUNIOR_COLLEGE",
                    graduated);
        }
        previousDegreeCertificate = claims.stream()
                .filter(r -> r.loaded() && r.degreeCertificateNo() != null)
                .map(Claim::degreeCertificateNo)
                .findFirst()
                .orElse(null);
    }

    /**
     * After candidate {@code c}'s jobs: the first from month {@code start} (a month number), with {@code twoJobs}
     * ending the month before {@code split} where the second, open, starts; else open. {@code last} is the
     * snapshot's last month.
     */
    void work(
            int c,
            String cid,
            String id,
            int start,
            int split,
            boolean twoJobs,
            int last,
            boolean outlier,
            Set<String> truth) {
        int slot = c % STRIDE;
        if (slot < OVERLAP_INSIDE || slot > OVERLAP_ADJACENT) {
            return;
        }
        int offset = random.nextInt(6);
        // every fourth stride the inside job is two months long: the smallest overlap that counts
        int length = (c / STRIDE) % 4 == 1 ? 2 : 2 + random.nextInt(23);
        int before = 6 + random.nextInt(31);
        String employer = Person.creditCode(random);
        if (outlier) {
            return;
        }
        String seq = twoJobs ? "3" : "2";
        int from;
        Integer to;
        switch (slot) {
            case OVERLAP_INSIDE -> {
                from = start + offset;
                to = from + length - 1;
                truth.add("WORK_OVERLAP");
            }
            case OVERLAP_OPEN -> {
                from = Math.max(twoJobs ? split : start, last - offset);
                to = null;
                truth.add("WORK_OVERLAP");
            }
            case OVERLAP_TOUCHING -> {
                from = start - before;
                to = start;
            }
            default -> {
                from = twoJobs ? split - 1 : start - before;
                to = twoJobs ? split : start - 1;
            }
        }
        if (LocalDate.of(from / 12, from % 12 + 1, 1)
                .isBefore(Person.birthDate(id).plusYears(16))) {
            truth.add("WORK_BEFORE_16");
        }
        out.line(
                "work_experience",
                cid,
                seq,
                "星河信息技术有限公司",
                employer,
                day(from, 1),
                to == null ? null : day(to, 15),
                "false");
    }

    private static String day(int month, int day) {
        return String.format("%04d-%02d-%02d", month / 12, month % 12 + 1, day);
    }
}
