package io.reportqa.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the jar. Without arguments it serves HTTP; with a command ({@code index}, {@code ask},
 * {@code eval}) it runs that command against the same pipeline with the HTTP server switched off, and exits.
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        if (args.length > 0 && Commands.NAMES.contains(args[0])) {
            System.setProperty("quarkus.http.host-enabled", "false");
            // stdout carries the command's result (JSON for eval); the log goes to stderr.
            System.setProperty("quarkus.log.console.stderr", "true");
            Quarkus.run(Commands.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
