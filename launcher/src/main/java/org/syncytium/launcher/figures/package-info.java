/**
 * The figures of a run and of a sweep (raster with rate histogram, membrane potential traces, sweep
 * panels), each drawn once as a JFreeChart and written both as PNG and as SVG, and the axis helpers
 * they share (integer neuron ids, units in every label).
 */
package org.syncytium.launcher.figures;
