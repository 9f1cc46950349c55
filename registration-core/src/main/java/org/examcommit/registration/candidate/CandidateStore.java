package org.examcommit.registration.candidate;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The candidates table as the API sees it: accounts entered through the API (source 'API'). */
@Repository
class CandidateStore {

    // ON CONFLICT DO NOTHING covers the partial unique indexes on id_number and phone: a race
    // between two registrations ends in an empty result instead of a server-side error (whose
    // detail would carry the value).
    private static final String INSERT = """
            INSERT INTO candidates (candidate_id, id_number, name, phone, registered_at, source, password_hash)
            VALUES ('R' || lpad(nextval('candidate_number_seq')::text, 10, '0'), :idNumber, :name, :phone, now(), 'API', :hash)
            ON CONFLICT DO NOTHING
            RETURNING candidate_id
            """;
    private static final String ID_NUMBER_TAKEN = """
            SELECT EXISTS (SELECT 1 FROM candidates WHERE source = 'API' AND id_number = ?)
            """;
    private static final String PHONE_TAKEN = """
            SELECT EXISTS (SELECT 1 FROM candidates WHERE source = 'API' AND phone = ? AND candidate_id <> ?)
            """;
    private static final String FIND = """
            SELECT c.candidate_id, c.name, c.id_number, c.phone, c.registered_at,
                   EXISTS (SELECT 1 FROM candidate_photos p WHERE p.candidate_id = c.candidate_id) AS has_photo
              FROM candidates c
             WHERE c.candidate_id = ?
            """;
    private static final String PASSWORD_HASH = "SELECT password_hash FROM candidates WHERE candidate_id = ?";
    private static final String UPDATE = """
            UPDATE candidates
               SET name = coalesce(:name, name),
                   phone = coalesce(:phone, phone),
                   password_hash = coalesce(:hash, password_hash),
                   updated_at = now()
             WHERE candidate_id = :candidateId
            """;

    private final JdbcClient jdbc;

    CandidateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A candidate's account; id_number and phone unmasked, for the caller to mask. */
    record Account(
            String candidateId, String name, String idNumber, String phone, Instant registeredAt, boolean hasPhoto) {
        @Override
        public String toString() {
            return "Account[" + candidateId + "]";
        }
    }

    /** Inserts a new API account; empty when its id_number or phone (or generated id) was taken meanwhile. */
    Optional<String> insert(CandidateRules.Registration r, String passwordHash) {
        return jdbc.sql(INSERT)
                .param("idNumber", r.idNumber().value())
                .param("name", r.name())
                .param("phone", r.phone())
                .param("hash", passwordHash)
                .query(String.class)
                .optional();
    }

    boolean idNumberTaken(String idNumber) {
        return jdbc.sql(ID_NUMBER_TAKEN).param(idNumber).query(Boolean.class).single();
    }

    /** Whether another API account than {@code exceptCandidateId} (may be empty) has this phone. */
    boolean phoneTaken(String phone, String exceptCandidateId) {
        return jdbc.sql(PHONE_TAKEN)
                .param(phone)
                .param(exceptCandidateId)
                .query(Boolean.class)
                .single();
    }

    Optional<Account> find(String candidateId) {
        return jdbc.sql(FIND)
                .param(candidateId)
                .query((rs, n) -> new Account(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6)))
                .optional();
    }

    Optional<String> passwordHash(String candidateId) {
        return jdbc.sql(PASSWORD_HASH).param(candidateId).query(String.class).optional();
    }

    /** Changes the given values; a null keeps the stored one. */
    void update(String candidateId, String name, String phone, String passwordHash) {
        jdbc.sql(UPDATE)
                .param("name", name, java.sql.Types.VARCHAR)
                .param("phone", phone, java.sql.Types.VARCHAR)
                .param("hash", passwordHash, java.sql.Types.VARCHAR)
                .param("candidateId", candidateId)
                .update();
    }
}
