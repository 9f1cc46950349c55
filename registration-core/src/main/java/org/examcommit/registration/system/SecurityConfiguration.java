package org.examcommit.registration.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Who may call what. Candidates and officers sign in with a bearer token from {@code POST /api/auth/login}, and
 * only so: no HTTP Basic and no cookie, so a page of another site cannot act with credentials the browser holds
 * (which is also why CSRF tokens are not needed); a failed sign-in sends no {@code WWW-Authenticate: Basic}. A
 * candidate reaches only their own data (the controllers take the candidate from the principal, never from the
 * path); officer endpoints need role OFFICER (an administrator has it too), account management role ADMIN.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, TokenService tokens, ObjectMapper json) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers(HttpMethod.POST, "/api/candidates", "/api/auth/login")
                                .permitAll()
                                .requestMatchers(
                                        HttpMethod.GET,
                                        "/api/exams/**",
                                        "/api/commitment-texts/**",
                                        "/api/public/**",
                                        "/public/**")
                                .permitAll()
                                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                                .permitAll()
                                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .requestMatchers("/api/admin/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers("/api/officer/**", "/actuator/**")
                                .hasRole(Role.OFFICER.name())
                                .anyRequest()
                                .authenticated())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> write(
                                res,
                                json,
                                HttpStatus.UNAUTHORIZED,
                                "authentication.required",
                                "Sign in: send Authorization: Bearer <token>, the token from POST /api/auth/login"))
                        .accessDeniedHandler((req, res, ex) ->
                                write(res, json, HttpStatus.FORBIDDEN, "access.denied", "Your role may not do this")));
        return http.build();
    }

    @Bean
    LoginThrottle loginThrottle(LoginLimits limits) {
        return new LoginThrottle(limits, java.time.Clock.systemUTC());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    private static void write(HttpServletResponse res, ObjectMapper json, HttpStatus status, String rule, String detail)
            throws java.io.IOException {
        ProblemDetail p = ProblemDetailsAdvice.problem(status, null, rule, detail);
        res.setStatus(status.value());
        res.setContentType("application/problem+json");
        res.getOutputStream().write(json.writeValueAsBytes(p));
    }
}
