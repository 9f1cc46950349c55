-- Bearer tokens issued at log-in; only their SHA-256 is stored.
CREATE TABLE auth_tokens (
    token_sha256  text PRIMARY KEY,
    principal     text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('CANDIDATE', 'OFFICER')),
    issued_at     timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL
);
CREATE INDEX auth_tokens_expires_idx ON auth_tokens (expires_at);
