package io.containment.api.auth;

/** The two classes of token. */
public enum TokenKind {
    /** Manages policies and tokens ({@code auth_manage}); cannot sign. */
    MANAGEMENT,
    /** Bound to one or more policies, which decide everything it may do. */
    CLIENT
}
