/** Connections: rules and synapse models found by name, all-or-nothing staging, compact per-source and per-target tables. */
package org.syncytium.core.connect;
