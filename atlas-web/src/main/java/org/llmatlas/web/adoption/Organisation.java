package org.llmatlas.web.adoption;

/** An organisation workspace as seen by one member, with that member's role ({@code owner} or {@code member}). */
public record Organisation(long id, String slug, String name, String role) {

    public boolean isOwner() {
        return "owner".equals(role);
    }
}
