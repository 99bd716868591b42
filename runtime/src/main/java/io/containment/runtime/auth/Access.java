package io.containment.runtime.auth;

/**
 * The authorisation step a request carries into the pipeline: the filter authenticated the caller
 * and checked what the path shows; the pipeline asks again once the body shows the rest (the key
 * and the signing {@code type}).
 */
public interface Access {
    /**
     * @throws AccessDeniedException when the caller may not do {@code request} (audited and counted)
     */
    void require(AccessRequest request);

    /** Whether the caller may do {@code request}, without auditing a refusal (to filter a listing). */
    boolean permits(AccessRequest request);

    /**
     * For what only management tokens may do (issue management tokens), whatever policies say.
     *
     * @throws AccessDeniedException for any other caller (audited and counted)
     */
    void requireManagementToken(String what);
}
