/**
 * The {@code mpi} communicator: joins the processes an MPI launcher ({@code mpirun}, {@code srun})
 * started, over the system's Open MPI, bound through Java's foreign-function API (package
 * {@code ffm}, Java 22+). The component itself runs on Java 17 and only loads the binding inside
 * an MPI job.
 */
package org.syncytium.plugins.mpi;
