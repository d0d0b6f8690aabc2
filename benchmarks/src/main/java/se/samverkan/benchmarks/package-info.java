/**
 * Benchmarks and the synthetic data they run on. Generators are seeded, so a figure in
 * {@code docs/benchmarks.md} can be reproduced exactly; JMH benchmarks run from
 * {@code benchmarks/target/benchmarks.jar}.
 */
package se.samverkan.benchmarks;
