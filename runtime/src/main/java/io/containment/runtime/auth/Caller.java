package io.containment.runtime.auth;

import io.containment.api.auth.Scope;
import io.containment.api.auth.TokenRecord;

/** Who sent a request, as far as authentication could tell. */
public sealed interface Caller {

    /** Whether the caller may do {@code request} (deny wins; no matching allow → no). */
    boolean may(AccessRequest request);

    /** For logs and audit lines: never a token, only its id. */
    String describe();

    /** Open mode (no policy exists): everyone may do everything but manage auth. */
    record Anonymous() implements Caller {
        @Override
        public boolean may(AccessRequest request) {
            return request.scope() != Scope.AUTH_MANAGE;
        }

        @Override
        public String describe() {
            return "anonymous (open mode)";
        }
    }

    /** A management token: manages policies and tokens, nothing else. */
    record Manager(TokenRecord token) implements Caller {
        @Override
        public boolean may(AccessRequest request) {
            return request.scope() == Scope.AUTH_MANAGE;
        }

        @Override
        public String describe() {
            return "management token " + token.id();
        }
    }

    /** A client token and what its policies grant. */
    record Client(TokenRecord token, Grants grants) implements Caller {
        @Override
        public boolean may(AccessRequest request) {
            return grants.allows(request);
        }

        @Override
        public String describe() {
            return "client token " + token.id();
        }
    }
}
