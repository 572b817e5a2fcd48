package org.llmatlas.web.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What someone types to create an account (at {@code /setup} or through an invitation), with the rules checked in
 * one place: a username of 3–100 characters from {@code a-z 0-9 . _ @ + -}, and a password of at least
 * {@value #MIN_PASSWORD} characters that is not the username.
 */
record NewAccountForm(String username, String email, String password, String confirm) {

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@+-]{3,100}");

    String normalisedUsername() {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Problems to show next to the form; empty when the form is acceptable. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!USERNAME.matcher(normalisedUsername()).matches()) {
            problems.add("Username: use 3 to 100 characters from a-z, 0-9 and . _ @ + -");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add("Password: use at least " + MIN_PASSWORD + " characters");
        } else if (password.equalsIgnoreCase(normalisedUsername())) {
            problems.add("Password: must differ from the username");
        }
        if (password != null && !password.equals(confirm)) {
            problems.add("Password confirmation: does not match the password");
        }
        return problems;
    }
}
