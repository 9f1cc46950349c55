package org.examcommit.registration.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error page, for requests it refuses before any servlet sees them (a {@code %00} or an encoded
 * {@code /} in the path, a request line or headers too large): an RFC 9457 problem detail instead of Tomcat's HTML
 * page, so every answer of the service has one error shape. It writes a fixed text, never the request.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        String title = status == null ? "Error" : status.getReasonPhrase();
        String rule = status == null ? "request" : ProblemErrorController.rule(status);
        String body = "{\"type\":\"urn:examcommit:rule:" + rule + "\",\"title\":\"" + title + "\",\"status\":" + code
                + ",\"detail\":\"The request was refused before it reached the service"
                + " (a malformed path, or a request line or headers too large)\",\"rule\":\"" + rule + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is already in another state: nothing more to say
        }
    }
}
