package org.examcommit.schedules.draw;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.examcommit.batch.io.CsvRowReader;
import org.examcommit.batch.io.Row;
import org.examcommit.contract.draw.Draw;
import org.examcommit.contract.draw.Member;

/**
 * The files an auditor gives {@code verify-draw} (contract §6), CSV with a header, extra columns
 * ignored: the population (application_id, province_code: an export of {@code draw_population})
 * and the draw (the {@code sampled} columns: an export of {@code sampled}). A draw file holding a
 * {@code draw_id} column must hold one draw only; a population file may hold several (a date's whole
 * export of {@code draw_population}, several exams), and then the rows of the draw file's draw count. A {@code drawn} column (as in the contract's
 * {@code draw-vectors.csv}) makes the draw the rows marked {@code true}, so the worked example
 * checks as it is. Bad input is an {@link IllegalArgumentException} with a one-line reason naming
 * the file, row and column.
 */
public final class DrawFiles {

    private DrawFiles() {}

    /** The population's members; those of {@code drawId} alone when the file names draws. */
    public static List<Member> population(Path file, Optional<String> drawId) {
        List<Member> members = new ArrayList<>();
        read(
                file,
                "population",
                List.of("application_id", "province_code"),
                drawId,
                row -> members.add(
                        new Member(required(file, row, "province_code"), required(file, row, "application_id"))));
        return members;
    }

    public static List<Draw.Drawn> draw(Path file) {
        List<Draw.Drawn> drawn = new ArrayList<>();
        read(file, "draw", List.of("province_code", "application_id", "ticket"), Optional.empty(), row -> {
            if (row.columns().contains("drawn") && !"true".equalsIgnoreCase(row.get("drawn"))) {
                return;
            }
            drawn.add(new Draw.Drawn(
                    required(file, row, "province_code"),
                    required(file, row, "application_id"),
                    required(file, row, "ticket").toLowerCase(java.util.Locale.ROOT)));
        });
        return drawn;
    }

    /** The draw_id a draw file names, if it has that column (one at most: see {@link #read}). */
    public static Optional<String> drawId(Path file) {
        TreeSet<String> ids = read(file, "draw", List.of(), Optional.empty(), row -> {});
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.first());
    }

    private interface RowHandler {
        void accept(Row row);
    }

    private static TreeSet<String> read(
            Path file, String what, List<String> columns, Optional<String> only, RowHandler handler) {
        try (CsvRowReader reader = CsvRowReader.open(file)) {
            for (String column : columns) {
                if (!reader.columns().contains(column)) {
                    throw new IllegalArgumentException(
                            what + " file " + file + " has no column " + column + " (its header: "
                                    + String.join(",", reader.columns().names()) + ")");
                }
            }
            TreeSet<String> drawIds = new TreeSet<>();
            for (Row row = reader.next(); row != null; row = reader.next()) {
                String rowDraw = row.columns().contains("draw_id") ? row.get("draw_id") : null;
                if (rowDraw != null && only.isPresent() && !only.get().equals(rowDraw.strip())) {
                    continue;
                }
                if (rowDraw != null) {
                    drawIds.add(rowDraw.strip());
                }
                handler.accept(row);
            }
            if (drawIds.size() > 1) {
                throw new IllegalArgumentException(what + " file " + file + " holds " + drawIds.size() + " draws ("
                        + String.join(", ", drawIds) + "): give the rows of one draw_id");
            }
            return drawIds;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(what + " file " + file + " does not exist");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(what + " file " + file + " is not UTF-8");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + what + " file " + file + ": " + e.getMessage());
        }
    }

    private static String required(Path file, Row row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    file + " row " + row.number() + ": " + column + " is empty (every row needs one)");
        }
        return value.strip();
    }
}
