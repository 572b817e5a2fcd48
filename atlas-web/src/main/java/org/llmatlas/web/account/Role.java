package org.llmatlas.web.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The five roles, lowest first. A higher role may do everything a lower one may (see {@link #hierarchy()}), so an
 * editor can also code and an admin can also edit.
 */
public enum Role {
    READER,
    CONTRIBUTOR,
    CODER,
    EDITOR,
    ADMIN;

    /** Spring Security authority name, e.g. {@code ROLE_CODER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code coder} or {@code CODER}; throws with the list of valid roles otherwise. */
    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + text + "'; use one of "
                    + Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", ")));
        }
    }

    /** The role hierarchy in Spring Security's notation: {@code ROLE_ADMIN > ROLE_EDITOR > ...}. */
    static String hierarchy() {
        Role[] roles = values();
        StringBuilder text = new StringBuilder();
        for (int i = roles.length - 1; i > 0; i--) {
            text.append(roles[i].authority())
                    .append(" > ")
                    .append(roles[i - 1].authority())
                    .append('\n');
        }
        return text.toString();
    }
}
