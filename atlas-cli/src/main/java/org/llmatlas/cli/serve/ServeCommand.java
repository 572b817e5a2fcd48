package org.llmatlas.cli.serve;

import picocli.CommandLine.Command;

/** Start the LLM ATLAS website. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the LLM ATLAS website.")
public final class ServeCommand {}
