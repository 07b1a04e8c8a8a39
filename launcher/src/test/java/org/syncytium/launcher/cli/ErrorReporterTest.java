package org.syncytium.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.syncytium.api.error.NumericalInstabilityException;
import org.syncytium.launcher.LauncherException;

class ErrorReporterTest {

    @Test
    void kernelMessagesArePrintedAsTheyAre() {
        StringWriter err = new StringWriter();
        int status = ErrorReporter.report(new NumericalInstabilityException("hh_psc_alpha_gap: node 17 at 12.5 ms: V_m = NaN"),
                false, new PrintWriter(err));
        assertEquals(CommandLines.ERROR, status);
        assertEquals("error: hh_psc_alpha_gap: node 17 at 12.5 ms: V_m = NaN\n", err.toString());
    }

    @Test
    void wrappersAreUnwrappedToTheUserMessage() {
        Exception wrapped = new ExecutionException(new RuntimeException(new LauncherException("bad thing\nsecond line")));
        assertEquals("bad thing", ErrorReporter.message(wrapped));
    }

    @Test
    void unexpectedErrorsSayHowToSeeMore() {
        String message = ErrorReporter.message(new NullPointerException("x"));
        assertTrue(message.startsWith("internal error: NullPointerException: x"), message);
        assertTrue(message.endsWith("(run with --debug for the stack trace)"), message);
    }
}
