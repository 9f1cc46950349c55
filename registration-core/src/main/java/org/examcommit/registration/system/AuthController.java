package org.examcommit.registration.system;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.examcommit.contract.privacy.Masking;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Log-in: checks the password once and hands out a bearer token. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AuthenticationManager authentication;
    private final TokenService tokens;
    private final LoginThrottle throttle;

    AuthController(UserDetailsService accounts, PasswordEncoder encoder, TokenService tokens, LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        this.authentication = new ProviderManager(provider);
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /** Log-in with an id_number or phone (candidates) or a user name (officers). */
    record LoginRequest(
            @NotBlank @Size(max = TextBounds.REFERENCE) String login,
            @NotBlank @Size(max = TextBounds.PASSWORD) String password) {
        /** Never the password, and the login (an id_number or phone) only masked. */
        @Override
        public String toString() {
            return "LoginRequest[login=" + Masking.idNumber(login) + ", password=***]";
        }
    }

    record LoginResponse(String token, Instant expiresAt, String principal, Role role) {}

    @Operation(
            summary = "Log in; answers a bearer token for the Authorization header",
            description = "After too many failed log-ins for one account or from one address, 429 login.throttled "
                    + "with Retry-After (examcommit.security.login.*), whatever the password.")
    @PostMapping("/login")
    LoginResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        throttle.refusedFor(request.login(), address).ifPresent(d -> {
            throw new LoginThrottledException(d);
        });
        Authentication auth;
        try {
            auth = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.login(), request.password()));
            throttle.succeeded(request.login());
        } catch (AuthenticationException e) {
            throttle.failed(request.login(), address);
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNAUTHENTICATED,
                    "login",
                    "login.failed",
                    "The login or the password is wrong");
        }
        Role role = CurrentUser.has(auth, Role.ADMIN)
                ? Role.ADMIN
                : CurrentUser.has(auth, Role.OFFICER) ? Role.OFFICER : Role.CANDIDATE;
        TokenService.IssuedToken token = tokens.issue(auth.getName(), role);
        return new LoginResponse(token.token(), token.expiresAt(), auth.getName(), role);
    }

    @Operation(summary = "Log out: the bearer token of this request stops working at once")
    @SecurityRequirement(name = "bearer")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revoke(authorization.substring("Bearer ".length()).strip());
    }
}
