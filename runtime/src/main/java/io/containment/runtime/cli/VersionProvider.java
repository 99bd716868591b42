package io.containment.runtime.cli;

import io.containment.api.SpiVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the runtime version and the SPI it provides. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"containment-chamber " + (version == null ? "development" : version)
                + " (plugin SPI " + SpiVersion.asString() + ")"};
    }
}
