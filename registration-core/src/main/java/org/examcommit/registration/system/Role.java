package org.examcommit.registration.system;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is signed in: a candidate (principal name = candidate_id), an officer or an administrator (principal name =
 * username). An administrator manages officer accounts and may do all an officer may.
 */
public enum Role {
    CANDIDATE,
    OFFICER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The authorities a session of this role holds: an administrator's include the officer's. */
    public List<SimpleGrantedAuthority> authorities() {
        return this == ADMIN
                ? List.of(new SimpleGrantedAuthority(authority()), new SimpleGrantedAuthority(OFFICER.authority()))
                : List.of(new SimpleGrantedAuthority(authority()));
    }
}
