/**
 * Standard file formats a run writes beside its CSV files, for other tools: SONATA spike files
 * (HDF5, read by BMTK, NEST, libsonata, h5py) and the spike-train text layout that Neo reads.
 */
package org.syncytium.launcher.formats;
