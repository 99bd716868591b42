/**
 * Authentication and authorisation: tokens hashed with HMAC-SHA256 under the signer's hash key,
 * policies compiled into a cached {@link io.containment.runtime.auth.AuthState} refreshed from the
 * {@link io.containment.api.auth.AuthBackend}, one decision per request (deny wins), management of
 * policies and tokens, audit lines and rejection metrics. No storage round trip per request.
 */
package io.containment.runtime.auth;
