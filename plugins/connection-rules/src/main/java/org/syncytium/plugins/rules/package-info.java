/**
 * NEST's connection rules ({@code all_to_all}, {@code one_to_one}, {@code fixed_indegree},
 * {@code fixed_outdegree}, {@code fixed_total_number}, {@code pairwise_bernoulli},
 * {@code symmetric_pairwise_bernoulli}) as {@link org.syncytium.api.connect.ConnectionRule}
 * services. Rules only generate (source, target) index pairs; the kernel attaches synapse
 * parameters, mirrors pairs for {@code make_symmetric} and stores connections.
 */
package org.syncytium.plugins.rules;
