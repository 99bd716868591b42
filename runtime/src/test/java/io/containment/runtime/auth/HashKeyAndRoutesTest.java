package io.containment.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.containment.api.auth.Scope;
import io.containment.runtime.auth.RouteRules.Requirement;
import io.containment.runtime.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashKeyAndRoutesTest {
    @TempDir
    Path dir;

    @Test
    void theHashKeyIsThirtyTwoRandomBytesCreatedOwnerOnlyAndThenKept() throws Exception {
        Path file = dir.resolve("data/auth-hash.key");
        byte[] first = HashKey.loadOrCreate(file);
        assertThat(first).hasSize(32).isNotEqualTo(new byte[32]);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(HashKey.loadOrCreate(file)).isEqualTo(first);
        Files.write(file, new byte[5]);
        assertThatThrownBy(() -> HashKey.loadOrCreate(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("auth.hash_key_file");
    }

    @Test
    void aTokenHashesDifferentlyUnderAnotherKey() {
        byte[] token = "ccc-abcdefghijklmnop".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] keyOne = new byte[32];
        byte[] keyTwo = new byte[32];
        keyTwo[0] = 1;
        assertThat(new TokenHasher(keyOne).hash(token)).isNotEqualTo(new TokenHasher(keyTwo).hash(token));
        assertThat(new TokenHasher(new byte[32]).hash(token)).isEqualTo(new TokenHasher(new byte[32]).hash(token));
    }

    @Test
    void everyRouteHasItsScopeAndUnlistedRoutesAreClosed() {
        assertThat(RouteRules.requirement("POST", "/api/v1/eth2/sign/{identifier}")).isEqualTo(new Requirement.Scoped(Scope.SIGN, true));
        assertThat(RouteRules.requirement("POST", "/api/v1/eth2/slashing/check/{identifier}/"))
                .isEqualTo(new Requirement.Scoped(Scope.SIGN, true));
        assertThat(RouteRules.requirement("HEAD", "/api/v1/eth2/publicKeys")).isEqualTo(new Requirement.Scoped(Scope.PUBLIC_KEYS, false));
        assertThat(RouteRules.requirement("DELETE", "/eth/v1/keystores")).isEqualTo(new Requirement.Scoped(Scope.DELETE_KEYS, false));
        assertThat(RouteRules.requirement("POST", "/eth/v1/keystores")).isEqualTo(new Requirement.Scoped(Scope.IMPORT_KEYSTORES, false));
        assertThat(RouteRules.requirement("GET", "/eth/v1/keystores")).isEqualTo(new Requirement.Scoped(Scope.LIST_KEYS, false));
        assertThat(RouteRules.requirement("POST", "/reload")).isEqualTo(new Requirement.Scoped(Scope.IMPORT_KEYSTORES, false));
        assertThat(RouteRules.requirement("POST", "/api/v1/chamber/unseal")).isEqualTo(new Requirement.Scoped(Scope.CHAMBER_SEAL, false));
        assertThat(RouteRules.requirement("GET", "/api/v1/chamber/status")).isEqualTo(new Requirement.Scoped(Scope.CHAMBER_STATUS, false));
        assertThat(RouteRules.requirement("DELETE", "/api/v1/auth/tokens/{id}")).isEqualTo(new Requirement.Scoped(Scope.AUTH_MANAGE, false));
        assertThat(RouteRules.requirement("GET", "//upcheck")).isEqualTo(new Requirement.Open());
        assertThat(RouteRules.requirement("POST", "/upcheck")).isEqualTo(new Requirement.Unlisted());
        assertThat(RouteRules.requirement("GET", "/something/new")).isEqualTo(new Requirement.Unlisted());
        assertThat(RouteRules.isUpcheck("upcheck")).isTrue();
        assertThat(RouteRules.isUpcheck("/upcheck/x")).isFalse();
    }
}
