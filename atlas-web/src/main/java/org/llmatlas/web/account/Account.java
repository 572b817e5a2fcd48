package org.llmatlas.web.account;

import java.time.Instant;

/**
 * A person (or the LLM coder) who can sign in. {@code passwordHash} is null for accounts that only sign in through
 * OIDC and for the LLM coder, which never signs in.
 */
public record Account(
        long id, String username, String email, String passwordHash, Role role, boolean llm, Instant createdAt) {}
