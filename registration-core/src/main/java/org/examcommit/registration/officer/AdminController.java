package org.examcommit.registration.officer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.examcommit.registration.system.CurrentUser;
import org.examcommit.registration.system.TextBounds;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Officer accounts, managed by an administrator (role ADMIN only; an officer gets 403). */
@RestController
@RequestMapping("/api/admin/officers")
@Tag(name = "Administration", description = "Role ADMIN: create and disable officer accounts")
@SecurityRequirement(name = "bearer")
class AdminController {

    private final OfficerAccounts accounts;

    AdminController(OfficerAccounts accounts) {
        this.accounts = accounts;
    }

    record NewOfficer(
            @Size(max = TextBounds.CODE) String username,
            @Size(max = TextBounds.NAME) String displayName,
            @Size(max = TextBounds.PASSWORD) String password,
            @Size(max = TextBounds.CODE) String role) {
        @Override
        public String toString() {
            return "NewOfficer[" + username + "]";
        }
    }

    record DisableRequest(@Size(max = TextBounds.REASON) String reason) {}

    @Operation(summary = "Every officer account with its role and whether it is disabled")
    @GetMapping
    List<OfficerAccounts.Account> list() {
        return accounts.list();
    }

    @Operation(
            summary = "Create an officer account",
            description = "username: 3 to 32 of a-z, 0-9, '.', '_', '-', starting with a letter (409 "
                    + "officer.username-taken); password at least 8 characters; role OFFICER (default) or ADMIN.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OfficerAccounts.Account create(@RequestBody NewOfficer request, Authentication auth) {
        return accounts.create(
                CurrentUser.admin(auth),
                request.username(),
                request.displayName(),
                request.password(),
                request.role(),
                Instant.now());
    }

    @Operation(
            summary = "Disable an officer account (reason required): it can no longer sign in and its tokens end",
            description = "Not the own account (409 officer.self-disable). Accounts are never deleted.")
    @PostMapping("/{username}/disable")
    OfficerAccounts.Account disable(
            @PathVariable String username, @RequestBody DisableRequest request, Authentication auth) {
        return accounts.disable(CurrentUser.admin(auth), username, request.reason(), Instant.now());
    }
}
