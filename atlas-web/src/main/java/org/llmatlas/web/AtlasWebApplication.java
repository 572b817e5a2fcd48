package org.llmatlas.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The LLM ATLAS website: the public problem-solution space, its releases and exports, and the organisations'
 * adoption projects. Started by {@code ./atlas serve}; {@link ServeOptions} turns the launcher's flags into
 * Spring properties, so that a newcomer needs neither a database nor a configuration file.
 */
@SpringBootApplication
public class AtlasWebApplication {

    public static void main(String[] args) {
        int exit = ServeOptions.run(AtlasWebApplication.class, args);
        if (exit != ServeOptions.RUNNING) {
            System.exit(exit);
        }
    }
}
