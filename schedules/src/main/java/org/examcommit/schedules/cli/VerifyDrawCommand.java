package org.examcommit.schedules.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.examcommit.contract.draw.Draw;
import org.examcommit.contract.draw.DrawCheck;
import org.examcommit.contract.draw.Member;
import org.examcommit.contract.draw.SampleSize;
import org.examcommit.contract.draw.Seeds;
import org.examcommit.schedules.draw.DrawFiles;

/**
 * {@code ./pipeline verify-draw --population FILE --draw FILE --seed HEX --ratio R [--seed-sha256 HEX]
 * [--population-sha256 HEX]} (contract §6): an auditor's re-check of a published draw, in plain Java
 * with no database and no Spark, so it runs anywhere the files are. Prints the hashes and whether
 * they agree, each stratum's n, k and cut-off, and each application that differs; exit 0 only when
 * the draw matches and every hash given agrees.
 */
record VerifyDrawCommand(
        Path population,
        Path draw,
        byte[] seed,
        BigDecimal ratio,
        Optional<String> seedSha256,
        Optional<String> populationSha256)
        implements Invocation.Standalone {

    static Invocation parse(List<String> args) throws UsageException {
        Options options = Options.parse(
                "verify-draw", args, Set.of("population", "draw", "seed", "ratio", "seed-sha256", "population-sha256"));
        options.positional();
        byte[] seed;
        BigDecimal ratio;
        try {
            seed = Seeds.parse(options.required("seed"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("verify-draw: --seed: " + e.getMessage());
        }
        try {
            ratio = SampleSize.ratio(options.required("ratio"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("verify-draw: --ratio: " + e.getMessage());
        }
        return new VerifyDrawCommand(
                Path.of(options.required("population")),
                Path.of(options.required("draw")),
                seed,
                ratio,
                options.optional("seed-sha256"),
                options.optional("population-sha256"));
    }

    @Override
    public int run(CliOutput out) {
        DrawCheck.Outcome outcome;
        try {
            // a date's whole draw_population export may hold several exams' draws: the draw file's counts
            List<Member> members = DrawFiles.population(population, DrawFiles.drawId(draw));
            List<Draw.Drawn> published = DrawFiles.draw(draw);
            outcome = DrawCheck.check(members, published, seed, ratio, seedSha256, populationSha256);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("verify-draw: " + e.getMessage());
        }
        out.println("seed_sha256        " + outcome.seedSha256()
                + agreement(outcome.seedHashAgrees(), seedSha256, "--seed-sha256"));
        out.println("population_sha256  " + outcome.populationSha256()
                + agreement(outcome.populationHashAgrees(), populationSha256, "--population-sha256"));
        out.println("population         " + outcome.populationSize() + " applications in "
                + outcome.recomputed().strata().size() + " provinces, ratio " + ratio.toPlainString());
        for (Draw.Stratum s : outcome.recomputed().strata()) {
            out.println("province " + s.provinceCode() + "        n " + s.populationSize() + ", k " + s.sampleSize()
                    + ", cut-off " + (s.cutoffTicket() == null ? "none" : s.cutoffTicket()));
        }
        for (DrawCheck.Difference d : outcome.differences()) {
            out.println(
                    switch (d.kind()) {
                        case MISSING ->
                            "MISSING   " + d.applicationId() + " (province " + d.provinceCode() + ", ticket "
                                    + d.expected() + "): the seed draws it, the draw file lacks it";
                        case EXTRA ->
                            "EXTRA     " + d.applicationId() + " (province " + d.provinceCode() + ", ticket "
                                    + d.published() + "): in the draw file, the seed does not draw it";
                        case WRONG_TICKET ->
                            "WRONG     " + d.applicationId() + ": the seed gives " + d.expected()
                                    + ", the draw file says " + d.published();
                    });
        }
        if (outcome.differences().isEmpty()) {
            out.println("draw               matches: the seed draws exactly the "
                    + outcome.recomputed().sampleSize() + " applications of the draw file");
        } else {
            out.println("draw               DIFFERS: " + outcome.differences().size() + " application(s) above");
        }
        if (outcome.matches()) {
            return 0;
        }
        List<String> reasons = new java.util.ArrayList<>();
        if (!outcome.differences().isEmpty()) {
            reasons.add(outcome.differences().size() + " application(s) differ");
        }
        if (!outcome.seedHashAgrees().orElse(true)) {
            reasons.add("the seed does not hash to --seed-sha256");
        }
        if (!outcome.populationHashAgrees().orElse(true)) {
            reasons.add("the population does not hash to --population-sha256");
        }
        throw new CommandFailedException(
                "verify-draw: the published draw does not check out: " + String.join("; ", reasons));
    }

    private static String agreement(Optional<Boolean> agrees, Optional<String> given, String option) {
        return agrees.map(ok -> ok ? "  agrees with " + option : "  DIFFERS from " + option + " " + given.get())
                .orElse("  (not checked: no " + option + ")");
    }
}
