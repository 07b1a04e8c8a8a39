/**
 * The foreign-function binding of Open MPI (Java 22+). MPI handles are the addresses of the
 * library's exported objects ({@code ompi_mpi_comm_world}, {@code ompi_mpi_double}, ...), as in
 * Open MPI's own mpi.h.
 */
package org.syncytium.plugins.mpi.ffm;
