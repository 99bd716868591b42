package io.containment.api.contract;

import io.containment.api.keys.KeySource;
import io.containment.api.keys.ValidatorKey;
import io.containment.api.plugin.PluginContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The contract suite run against the simplest possible source, so the suite itself is tested. */
class InMemoryKeySourceTest extends KeySourceContract {
    @Override
    protected KeySource createSourceWith(List<byte[]> secrets, Path dir, PluginContext context) {
        return new InMemoryKeySource(secrets, context);
    }

    /** Keys made once from secrets; close destroys them. */
    private static final class InMemoryKeySource implements KeySource {
        private final List<ValidatorKey> keys = new ArrayList<>();

        InMemoryKeySource(List<byte[]> secrets, PluginContext context) {
            for (int i = 0; i < secrets.size(); i++) {
                keys.add(context.blsSecretKeys().fromSecret(secrets.get(i), "memory #" + i));
            }
        }

        @Override
        public List<ValidatorKey> keys() {
            return List.copyOf(keys);
        }

        @Override
        public void close() {
            keys.forEach(ValidatorKey::destroy);
        }
    }
}
