package org.examcommit.registration.exam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.examcommit.registration.system.RuleViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public exam catalogue: exams, levels and per-province registration windows. */
@RestController
@RequestMapping("/api/exams")
@Tag(name = "Exams", description = "The exam catalogue (open to everyone)")
class ExamController {

    private final ExamCatalogue catalogue;

    ExamController(ExamCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Operation(summary = "Every exam with its levels")
    @GetMapping
    List<Exam> exams() {
        return catalogue.exams();
    }

    @Operation(summary = "An exam's per-province windows: registration, payment and on-site deadlines, exam dates")
    @GetMapping("/{code}/windows")
    List<ExamWindow> windows(
            @PathVariable String code,
            @Parameter(description = "only this exam year") @RequestParam(required = false) Integer year) {
        if (catalogue.exam(code).isEmpty()) {
            throw RuleViolationException.notFound("examCode", "No exam with this code");
        }
        return catalogue.windows(code, year);
    }
}
