package org.examcommit.registration.system;

/** Who is signed in: a candidate (principal name = candidate_id) or an officer (principal name = username). */
public enum Role {
    CANDIDATE,
    OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }
}
