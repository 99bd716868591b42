/** Authentication backends: storage of policies and token hashes (see the auth issue for the full SPI). */
package io.containment.api.auth;
