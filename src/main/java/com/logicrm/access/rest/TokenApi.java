package com.logicrm.access.rest;

import com.logicrm.access.ApiTokenView;
import com.logicrm.access.ApiTokens;
import com.logicrm.access.IssuedToken;
import com.logicrm.access.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Authentication")
@RestController
@RequestMapping("/api/v1/auth/tokens")
class TokenApi {

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Operation(summary = "Exchange a username and password for a bearer token")
    @PostMapping
    ResponseEntity<TokenResponse> issue(@Valid @RequestBody TokenRequest request) {
        IssuedToken issued = tokens.issue(request.username(), request.password(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/auth/tokens/" + issued.id()))
                .body(new TokenResponse(issued.id(), issued.token(), issued.expiresAt()));
    }

    @Operation(summary = "The caller's own tokens (never the token text)")
    @GetMapping
    List<ApiTokenView> mine(@AuthenticationPrincipal SignedInUser user) {
        return tokens.of(user);
    }

    @Operation(summary = "Revoke one of the caller's tokens")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        tokens.revoke(user, id);
        return ResponseEntity.noContent().build();
    }

    record TokenRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password,
            @Size(max = 100) String name) {
    }

    record TokenResponse(long id, String token, Instant expiresAt) {
    }
}
