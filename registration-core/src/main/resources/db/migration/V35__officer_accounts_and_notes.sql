-- Issue 19.
-- Officer accounts are managed by an administrator (role ADMIN, who may do all an officer may): an account is
-- disabled, never deleted, so the audit trail keeps naming it. The first officer (the one InitialOfficer
-- created on a new deployment) becomes the administrator.
ALTER TABLE officers
    ADD COLUMN role        text        NOT NULL DEFAULT 'OFFICER' CHECK (role IN ('OFFICER', 'ADMIN')),
    ADD COLUMN disabled_at timestamptz;
UPDATE officers SET role = 'ADMIN'
 WHERE username = (SELECT username FROM officers ORDER BY created_at, username LIMIT 1);
ALTER TABLE auth_tokens DROP CONSTRAINT auth_tokens_role_check;
ALTER TABLE auth_tokens ADD CONSTRAINT auth_tokens_role_check CHECK (role IN ('CANDIDATE', 'OFFICER', 'ADMIN'));

-- Officers' notes on an application: for officers only, never in a candidate's answer.
CREATE TABLE officer_notes (
    note_id         bigserial   PRIMARY KEY,
    application_id  text        NOT NULL REFERENCES applications (application_id),
    officer         text        NOT NULL,
    body            text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX officer_notes_application_idx ON officer_notes (application_id);
