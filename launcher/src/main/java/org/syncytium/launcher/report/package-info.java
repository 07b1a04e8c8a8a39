/** The HTML report of a run: one self-contained page to share (parameters, summary, figures, solver statistics, bundle versions). */
package org.syncytium.launcher.report;
