package io.containment.testing.dynalite;

import java.net.URI;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One dynalite server for a test class: started before the first test, killed after the last.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final DynaliteExtension DYNALITE = new DynaliteExtension();
 * ... DYNALITE.endpoint() ...
 * }</pre>
 *
 * Tests may also take a {@link Dynalite} parameter. Give each test its own table name: the server
 * is shared by the class's tests.
 */
public final class DynaliteExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private final Dynalite.Options options;
    private Dynalite dynalite;

    public DynaliteExtension() {
        this(Dynalite.Options.inMemory());
    }

    public DynaliteExtension(Dynalite.Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (dynalite == null) {
            dynalite = Dynalite.start(options);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (dynalite != null) {
            dynalite.close();
            dynalite = null;
        }
    }

    /** The running server. */
    public Dynalite dynalite() {
        if (dynalite == null) {
            throw new IllegalStateException("dynalite runs only between beforeAll and afterAll (register the extension on a static field)");
        }
        return dynalite;
    }

    /** The running server's endpoint. */
    public URI endpoint() {
        return dynalite().endpoint();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Dynalite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return dynalite();
    }
}
