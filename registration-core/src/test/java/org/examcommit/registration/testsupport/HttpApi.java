package org.examcommit.registration.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: JSON in, status and JSON (or bytes) out, over a real socket. */
public final class HttpApi {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;

    public HttpApi(int port) {
        this.base = "http://localhost:" + port;
    }

    /** How a request signs in: nothing, HTTP Basic or a bearer token. */
    public record Auth(String header) {
        public static final Auth NONE = new Auth(null);

        public static Auth basic(String login, String password) {
            return new Auth("Basic "
                    + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        public static Auth bearer(String token) {
            return new Auth("Bearer " + token);
        }
    }

    /** An answer: status, content type, body and headers. */
    public record Reply(int status, String contentType, byte[] bytes, java.net.http.HttpHeaders headers) {
        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(bytes);
        }

        /** The elements of a JSON array answer, in order. */
        public List<JsonNode> rows() {
            return List.copyOf(json().values());
        }

        /** The problem detail's {@code field} member, or "" when absent. */
        public String field() {
            return json().path("field").asString("");
        }

        public String rule() {
            return json().path("rule").asString("");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " "
                    + (contentType != null && contentType.contains("json") ? body() : bytes.length + " bytes");
        }
    }

    /** A JSON object from alternating keys and values; null values are kept (unlike Map.of). */
    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public Reply get(String path, Auth auth) {
        return send(builder(path, auth).GET());
    }

    public Reply delete(String path, Auth auth) {
        return send(builder(path, auth).DELETE());
    }

    public Reply post(String path, Object body, Auth auth) {
        return sendJson("POST", path, body, auth);
    }

    public Reply put(String path, Object body, Auth auth) {
        return sendJson("PUT", path, body, auth);
    }

    public Reply patch(String path, Object body, Auth auth) {
        return sendJson("PATCH", path, body, auth);
    }

    /** PUT of a raw body with the given content type. */
    public Reply putBytes(String path, byte[] body, String contentType, Auth auth) {
        return send(builder(path, auth)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** PUT of multipart/form-data with one file part. */
    public Reply putMultipart(
            String path, String part, String fileName, String contentType, byte[] content, Auth auth) {
        String boundary = "----examcommit" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(builder(path, auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private Reply sendJson(String method, String path, Object body, Auth auth) {
        return send(builder(path, auth)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    }

    private HttpRequest.Builder builder(String path, Auth auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (auth.header() != null) {
            b.header("Authorization", auth.header());
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
