package org.llmatlas.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * Reports the version from the jar manifest, so that {@code --version} and the instrument version recorded in
 * evidence files never drift from the build.
 */
public final class AtlasVersion implements IVersionProvider {

    /** The build's version, or {@code dev} when running from classes outside a jar (tests, IDE). */
    public static String current() {
        String version = AtlasVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"atlas " + current()};
    }
}
