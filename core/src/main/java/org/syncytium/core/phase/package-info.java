/**
 * The phases of a slice, one small class each, built for one {@link org.syncytium.core.plan.RunPlan}:
 * {@link org.syncytium.core.phase.InputDelivery}, {@link org.syncytium.core.phase.TrialUpdate},
 * {@link org.syncytium.core.phase.Convergence}, {@link org.syncytium.core.phase.WaveformExchange},
 * {@link org.syncytium.core.phase.GapPull}, {@link org.syncytium.core.phase.FinalUpdate},
 * {@link org.syncytium.core.phase.DeviceEmission}, {@link org.syncytium.core.phase.SpikeExchange},
 * {@link org.syncytium.core.phase.SpikeRouting} and {@link org.syncytium.core.phase.SampleRecording}.
 * Worker phases run on the pool over each worker's own neurons; the others run on the thread that
 * drives the slice. None allocates per slice.
 */
package org.syncytium.core.phase;
