package org.syncytium.launcher.reliability;

import java.nio.file.Path;

/**
 * One entry of the reliability catalogue (docs/reliability.md): a bad input or fault, what it is
 * tried with, and the one line the user must get. {@link CatalogueTest} runs every fault and checks
 * that the answer is a single line containing every {@code expected} fragment; the table in
 * docs/reliability.md is rendered from the answers.
 *
 * @param id       stable name, e.g. {@code O7}; the group's letter and a number
 * @param group    command line, scenario syntax, values, files read, outputs, resources, bundles,
 *                 numerics, security
 * @param tried    what was tried, in a few words (Markdown)
 * @param trial    produces the answer in a fresh folder
 * @param expected fragments the answer must contain (file:line first for scenario faults)
 */
record Fault(String id, String group, String tried, Trial trial, String... expected) {

    /** Runs the fault in {@code folder} and returns the one line the user sees. */
    @FunctionalInterface
    interface Trial {
        String answer(Path folder) throws Exception;
    }
}
