package org.examcommit.registration.system;

import org.springframework.security.core.Authentication;

/** Reads who is signed in from the security context's authentication. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The signed-in candidate's candidate_id; refuses anyone who is not a candidate. */
    public static String candidateId(Authentication auth) {
        if (auth == null || !has(auth, Role.CANDIDATE)) {
            throw RuleViolationException.forbidden("role.candidate", "Only a signed-in candidate may do this");
        }
        return auth.getName();
    }

    /** The signed-in officer's user name; refuses anyone who is not an officer. */
    public static String officer(Authentication auth) {
        if (auth == null || !has(auth, Role.OFFICER)) {
            throw RuleViolationException.forbidden("role.officer", "Only an officer may do this");
        }
        return auth.getName();
    }

    /** The signed-in administrator's user name; refuses anyone else. */
    public static String admin(Authentication auth) {
        if (auth == null || !has(auth, Role.ADMIN)) {
            throw RuleViolationException.forbidden("role.admin", "Only an administrator may do this");
        }
        return auth.getName();
    }

    public static boolean has(Authentication auth, Role role) {
        return auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
