package org.examcommit.schedules.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The project's one bundle generator: writes a contract bundle (DATA-CONTRACT §1, every dataset as CSV) of N
 * applications for demos and benchmarks (benchmarks/import-benchmark.sh runs it): about one candidate per
 * application (1% apply twice, in another province), one to three education rows, one or two jobs, about a
 * hundred monthly social-insurance rows per candidate, and a realistic mix of claims the registries confirm,
 * contradict or do not know, plus a few bad rows. Deterministic for a seed. With the statistical injection it
 * also writes {@code ground_truth.csv}: the injected clusters and outliers, and every application whose data makes
 * a rule-defined pattern, as decided here ({@link StatisticalInjection}; {@code ./pipeline demo} scores the night
 * against it with {@link DemoQuality}). (samples/bundle is not generated:
 * it is committed data, one hand-written row per case of samples/README.md.) Usage:
 * {@code BundleGenerator OUTPUT_DIR APPLICATIONS [SEED]}. Shared certificates and overlapping jobs, with their
 * look-alikes, come from {@link RuleInjection}, with or without the statistical injection.
 */
public final class BundleGenerator {

    /** The snapshot's last insured month: social insurance runs up to here. */
    static final LocalDate LAST_MONTH = LocalDate.of(2026, 5, 1);

    private static final String[] LEVELS = {"JUNIOR_COLLEGE", "BACHELOR", "BACHELOR", "BACHELOR", "MASTER", "DOCTOR"};
    private static final String[] SCHOOLS = {
        "北京大学", "清华大学", "复旦大学", "南京大学", "中山大学", "华东理工大学", "北京师范大学", "华中科技大学", "四川大学", "长沙民政职业技术学院"
    };
    private static final String[] MAJORS = {"社会工作", "社会工作", "社会工作", "社会学", "法学", "心理学", "会计学"};
    private static final String[] APP_LEVELS = {"ASSISTANT", "ASSISTANT", "INTERMEDIATE", "INTERMEDIATE", "SENIOR"};

    private final SplittableRandom random;
    private final Map<String, Writer> files = new HashMap<>();
    private final String[] employers;
    private final String[] monthText;
    private long certificates = 1_000_000L;
    private long rows;
    private StatisticalInjection injection;
    private RuleInjection rules;
    /** With the injection: the rule-defined patterns (contract §3) the current candidate's data makes, for the ground truth. */
    private final Set<String> truth = new LinkedHashSet<>();

    private BundleGenerator(Path dir, int applications, long seed) throws IOException {
        this.random = new SplittableRandom(seed);
        this.employers = new String[Math.max(50, applications / 20)];
        for (int i = 0; i < employers.length; i++) {
            employers[i] = Person.creditCode(random);
        }
        this.monthText = new String[12 * 200];
        for (int m = 0; m < monthText.length; m++) {
            monthText[m] = LocalDate.of(1900 + m / 12, m % 12 + 1, 1).toString();
        }
        Files.createDirectories(dir);
        open(dir, "candidates", "candidate_id,id_number,name,phone,registered_at");
        open(
                dir,
                "education",
                "candidate_id,seq,level,school,major,graduation_date,certificate_no,degree,degree_certificate_no,name_on_certificate");
        open(
                dir,
                "work_experience",
                "candidate_id,seq,employer_name,employer_credit_code,start_date,end_date,social_work");
        open(
                dir,
                "applications",
                "application_id,candidate_id,exam_code,exam_year,level,province_code,commitment,committed_at,withdrawn_at,submitted_at,paid_at");
        open(dir, "public_reports", "application_id,reported_at,channel,summary");
        open(dir, "identity_registry", "id_number,name");
        open(dir, "education_registry", "certificate_no,id_number,name,school,major,level,graduation_date");
        open(dir, "degree_registry", "certificate_no,id_number,name,degree,school,major,awarded_date");
        open(dir, "social_insurance", "id_number,employer_credit_code,month");
        open(dir, "integrity_archive", "id_number,exam_code,violation,decided_on,recorded_until");
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BundleGenerator OUTPUT_DIR APPLICATIONS [SEED] [--statistical]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int applications = Integer.parseInt(args[1]);
        long seed = args.length > 2 && !args[2].startsWith("--") ? Long.parseLong(args[2]) : 42L;
        boolean statistical = java.util.Arrays.asList(args).contains("--statistical");
        long t0 = System.nanoTime();
        long rows = write(dir, applications, seed, statistical);
        System.err.printf(
                "Wrote a bundle of %d applications (%d rows) to %s in %.1f s%n",
                applications, rows, dir, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Writes the bundle of {@code applications} applications for {@code seed} into {@code dir} (created if
     * missing; its CSV files replaced) and returns the number of data rows written.
     */
    public static long write(Path dir, int applications, long seed) throws IOException {
        return write(dir, applications, seed, false);
    }

    /**
     * The same bundle, and with {@code statistical} the employer clusters, their large look-alikes and the
     * outliers of {@link StatisticalInjection} with {@code ground_truth.csv} beside the bundle.
     */
    public static long write(Path dir, int applications, long seed, boolean statistical) throws IOException {
        BundleGenerator generator = new BundleGenerator(dir, applications, seed);
        generator.rules = new RuleInjection(seed, applications - applications / 100, generator::line);
        if (statistical) {
            generator.injection = new StatisticalInjection(
                    dir, applications - applications / 100, generator.employers, index(LAST_MONTH), seed);
        }
        generator.generate(applications);
        if (generator.injection != null) {
            generator.injection.close();
        }
        return generator.rows;
    }

    private void generate(int applications) throws IOException {
        int candidates = applications - applications / 100;
        String[] phones = new String[3];
        for (int c = 0; c < candidates; c++) {
            truth.clear();
            String cid = String.format("C%08d", c);
            String id = Person.idNumber(random);
            String name = Person.name(random);
            // every 400th candidate shares a phone with the two before (PHONE_SHARED: three on one number); the
            // second of them still draws a phone of its own, so that the rest of the bundle stays as it was
            // when only two shared
            String phone = c % 400 == 2 && c >= 2 ? phones[(c - 1) % 3] : Person.phone(random);
            if (c % 400 == 1) {
                phone = phones[(c - 1) % 3];
            }
            phones[c % 3] = phone;
            if (c % 400 < 3 && c - c % 400 + 2 < candidates) {
                truth.add("PHONE_SHARED");
            }
            String badPhone = c % 20_000 == 19_999 ? "2" + phone.substring(1) : phone;
            line("candidates", cid, id, name, badPhone, "2025-12-" + two(1 + c % 28) + "T09:00:00+08:00");
            identity(id, name);
            education(c, cid, id, name);
            work(c, cid, id);
            application(String.format("A%08d", c), cid, id, c);
            if (c < applications / 100) {
                application(String.format("A%08d", candidates + c), cid, id, c + 7);
                truth.add("DUPLICATE_APPLICATION");
            }
            if (injection != null) {
                for (String pattern : truth) {
                    injection.truth(pattern, String.format("A%08d", c));
                    if (c < applications / 100) {
                        injection.truth(pattern, String.format("A%08d", candidates + c));
                    }
                }
            }
            if (injection != null && injection.outlier(c) >= 0) {
                injection.outlierApplication(String.format("A%08d", c));
                if (c < applications / 100) {
                    injection.outlierApplication(String.format("A%08d", candidates + c));
                }
            }
            if (random.nextInt(2000) == 0) {
                line(
                        "integrity_archive",
                        id,
                        "SW",
                        random.nextBoolean() ? "FALSE_COMMITMENT" : "SERIOUS",
                        "2022-03-01",
                        random.nextBoolean() ? "2027-03-01" : "2024-03-01");
            }
        }
        for (Writer w : files.values()) {
            w.close();
        }
    }

    private void identity(String id, String name) throws IOException {
        int roll = random.nextInt(1000);
        if (roll < 990) {
            line("identity_registry", id, roll < 985 ? name : name + "某");
        }
        if (roll >= 985) {
            truth.add("IDENTITY_MISMATCH");
        }
    }

    private void education(int c, String cid, String id, String name) throws IOException {
        List<RuleInjection.Claim> claims = new ArrayList<>(3);
        int count = 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 9 ? 1 : 2);
        for (int seq = 1; seq <= count; seq++) {
            String level =
                    seq == 1 ? LEVELS[random.nextInt(LEVELS.length)] : LEVELS[Math.min(LEVELS.length - 1, 2 + seq)];
            String school = SCHOOLS[random.nextInt(SCHOOLS.length)];
            String major = MAJORS[random.nextInt(MAJORS.length)];
            String graduated = (2000 + random.nextInt(24) + seq) + "-07-01";
            String cert = String.format("%012d", certificates++);
            boolean hasDegree = !level.equals("JUNIOR_COLLEGE");
            String degree = hasDegree ? (level.equals("BACHELOR") ? "BACHELOR" : level) : "NONE";
            String degreeCert = hasDegree ? String.format("%012d", 500_000_000_000L + certificates) : null;
            String onCertificate = random.nextInt(100) == 0 ? name + "一" : name;
            String seqText = seq == 2 && random.nextInt(50_000) == 0 ? "7" : Integer.toString(seq);
            line("education", cid, seqText, level, school, major, graduated, cert, degree, degreeCert, onCertificate);
            int roll = random.nextInt(100);
            if (roll >= 95) {
                truth.add("CERT_NOT_FOUND");
            } else if (roll >= 92) {
                truth.add("CERT_MISMATCH");
            }
            if (roll < 95) {
                line(
                        "education_registry",
                        cert,
                        id,
                        onCertificate,
                        roll < 92 ? school : "某职业学院",
                        major,
                        level,
                        graduated);
            }
            boolean degreeRegistered = hasDegree && random.nextInt(100) < 93;
            if (degreeRegistered) {
                line("degree_registry", degreeCert, id, onCertificate, degree, school, major, graduated);
            } else if (hasDegree) {
                truth.add("CERT_NOT_FOUND");
            }
            claims.add(new RuleInjection.Claim(
                    level,
                    school,
                    major,
                    graduated,
                    cert,
                    roll < 95,
                    degree,
                    degreeCert,
                    degreeRegistered,
                    onCertificate,
                    seqText.equals(Integer.toString(seq))));
        }
        rules.education(c, cid, id, name, claims, truth);
    }

    /** One or two jobs covering about a hundred months up to the snapshot, insured as claimed or less. */
    private void work(int c, String cid, String id) throws IOException {
        int months = 60 + random.nextInt(81);
        int last = index(LAST_MONTH);
        int start = last - months + 1;
        boolean twoJobs = random.nextInt(3) == 0;
        String first = employers[random.nextInt(employers.length)];
        String second = employers[random.nextInt(employers.length)];
        boolean socialWork = random.nextInt(10) < 8;
        if (injection != null) {
            if (injection.outlier(c) >= 0) {
                outlierWork(injection.outlier(c), cid, id, last);
                rules.work(c, cid, id, start, start, false, last, true, truth);
                random.nextInt(100); // the roll below, so the rest of the bundle stays as without injection
                return;
            }
            StatisticalInjection.Job job = injection.firstJob(c, first);
            if (job != null) {
                first = job.creditCode();
                if (job.startMonth() >= 0) {
                    start = job.startMonth();
                    months = last - start + 1;
                }
            }
        }
        int split = twoJobs ? start + months / 2 : last + 1;
        line(
                "work_experience",
                cid,
                "1",
                "社会工作服务中心",
                first,
                monthText[start - 12 * 1900],
                twoJobs ? monthText[split - 1 - 12 * 1900] : null,
                Boolean.toString(socialWork));
        if (twoJobs) {
            line("work_experience", cid, "2", "社区服务站", second, monthText[split - 12 * 1900], null, "true");
        }
        rules.work(c, cid, id, start, split, twoJobs, last, false, truth);
        int roll = random.nextInt(100);
        int insuredFrom = roll < 5 ? start + months / 2 : start; // 5%: claims more years than insured
        if (roll == 99) {
            insuredFrom = last + 1; // 1%: no insurance record at all
        }
        // the claimed social-work months (up to the snapshot) that no insured month evidences
        int unevidenced = (socialWork ? split - start - Math.max(0, split - Math.max(start, insuredFrom)) : 0)
                + (twoJobs ? last + 1 - split - Math.max(0, last + 1 - Math.max(split, insuredFrom)) : 0);
        if (unevidenced > 6) {
            truth.add("WORK_YEARS_INFLATED");
        }
        if (before16(id, start) || twoJobs && before16(id, split)) {
            truth.add("WORK_BEFORE_16");
        }
        if (roll == 99) {
            return;
        }
        for (int m = insuredFrom; m <= last; m++) {
            line("social_insurance", id, m < split ? first : second, monthText[m - 12 * 1900]);
        }
    }

    /** An injected outlier: six or seven one-year social-work jobs in a row (kind 0), or one of 26 to 30 years. */
    private void outlierWork(int kind, String cid, String id, int last) {
        String employer = employers[0];
        if (kind == 0) {
            int jobs = 6 + Math.floorMod(cid.hashCode(), 2);
            for (int j = 0; j < jobs; j++) {
                int from = last - 12 * (jobs - j) + 1;
                if (before16(id, from)) {
                    truth.add("WORK_BEFORE_16");
                }
                String code = employers[(cid.hashCode() & 0xffff) * (j + 1) % employers.length];
                line(
                        "work_experience",
                        cid,
                        Integer.toString(j + 1),
                        "社区服务站",
                        code,
                        monthText[from - 12 * 1900],
                        j == jobs - 1 ? null : monthText[from + 11 - 12 * 1900],
                        "true");
                for (int m = from; m < from + 12; m++) {
                    line("social_insurance", id, code, monthText[m - 12 * 1900]);
                }
            }
            return;
        }
        int from = last - 12 * (26 + (cid.hashCode() & 3)) + 1;
        if (before16(id, from)) {
            truth.add("WORK_BEFORE_16");
        }
        line("work_experience", cid, "1", "社会工作服务中心", employer, monthText[from - 12 * 1900], null, "true");
        for (int m = from; m <= last; m++) {
            line("social_insurance", id, employer, monthText[m - 12 * 1900]);
        }
    }

    private void application(String aid, String cid, String id, int n) throws IOException {
        String province = n % 50_000 == 49_999 ? "99" : id.substring(0, 2);
        int roll = random.nextInt(100);
        String commitment =
                roll < 85 ? "COMMITTED" : roll < 95 ? "NOT_CHOSEN" : roll < 98 ? "WITHDRAWN" : "NOT_APPLICABLE";
        String committedAt =
                commitment.equals("COMMITTED") || commitment.equals("WITHDRAWN") ? "2026-03-02T10:00:00+08:00" : null;
        String withdrawnAt = commitment.equals("WITHDRAWN") ? "2026-03-05T10:00:00+08:00" : null;
        line(
                "applications",
                aid,
                cid,
                "SW",
                "2026",
                APP_LEVELS[random.nextInt(APP_LEVELS.length)],
                province,
                commitment,
                committedAt,
                withdrawnAt,
                "2026-03-02T09:30:00+08:00",
                random.nextInt(10) < 9 ? "2026-03-03T12:00:00+08:00" : null);
        if (random.nextInt(200) == 0) {
            line("public_reports", aid, "2026-04-01T08:00:00+08:00", "HOTLINE", "举报：工作年限不实, 请核查");
            if (injection != null) {
                injection.truth("REPORTED", aid);
            }
        }
    }

    /** Whether a job starting in month {@code month} starts before the 16th birthday of {@code id}'s holder. */
    private static boolean before16(String id, int month) {
        return LocalDate.of(month / 12, month % 12 + 1, 1)
                .isBefore(Person.birthDate(id).plusYears(16));
    }

    private static int index(LocalDate month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private void open(Path dir, String dataset, String header) throws IOException {
        Writer w = new BufferedWriter(
                Files.newBufferedWriter(dir.resolve(dataset + ".csv"), StandardCharsets.UTF_8), 1 << 20);
        w.write(header);
        w.write('\n');
        files.put(dataset, w);
    }

    /** Writes one CSV line; generated values never need quoting except the report summary. */
    private void line(String dataset, String... values) {
        Writer w = files.get(dataset);
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                String v = values[i];
                if (v != null) {
                    if (v.indexOf(',') >= 0) {
                        w.write('"');
                        w.write(v.replace("\"", "\"\""));
                        w.write('"');
                    } else {
                        w.write(v);
                    }
                }
            }
            w.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
