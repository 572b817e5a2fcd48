package org.llmatlas.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, so that {@code --version} never drifts from the build. */
final class AtlasVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = AtlasVersion.class.getPackage().getImplementationVersion();
        return new String[] {"atlas " + (version == null ? "dev" : version)};
    }
}
