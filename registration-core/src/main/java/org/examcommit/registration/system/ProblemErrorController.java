package org.examcommit.registration.system;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page of the servlet container ({@code /error}), for refusals that never reach a controller (a filter's
 * {@code sendError}, a request Tomcat found broken after it was mapped): the same RFC 9457 problem detail as
 * everywhere else, instead of Spring Boot's own error JSON.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null
                ? HttpStatus.valueOf(i)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail p = ProblemDetailsAdvice.problem(status, null, rule(status), status.getReasonPhrase());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    static String rule(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "request.malformed";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method";
            case UNSUPPORTED_MEDIA_TYPE -> "media-type";
            case UNAUTHORIZED -> "authentication.required";
            case FORBIDDEN -> "access.denied";
            default -> status.is5xxServerError() ? "internal" : "request";
        };
    }
}
