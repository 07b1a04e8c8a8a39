/** Gap-junction coupling: the exchange of waveform polynomials between partners. */
package org.syncytium.core.gap;
