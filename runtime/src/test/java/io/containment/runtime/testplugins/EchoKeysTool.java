package io.containment.runtime.testplugins;

import io.containment.api.plugin.PluginContext;
import io.containment.api.plugin.PluginTool;
import java.io.PrintWriter;
import java.util.List;
import org.pf4j.Extension;

/** Test tool {@code test-echo}: prints its arguments and whether the context decrypts keystores. Runtime tests only. */
@Extension
public class EchoKeysTool implements PluginTool {
    @Override
    public String name() {
        return "test-echo";
    }

    @Override
    public String description() {
        return "prints its arguments";
    }

    @Override
    public int run(List<String> args, PluginContext context, PrintWriter out, PrintWriter err) {
        if (args.contains("--fail")) {
            err.println("test-echo: told to fail");
            return 2;
        }
        out.println("args=" + args + " keystores=" + context.keystores().getClass().getSimpleName());
        return 0;
    }
}
