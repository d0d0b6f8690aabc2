/**
 * The registry benchmark's HTTP side: a closed-loop load driver on java.net.http (warm-up, fixed duration,
 * every latency kept for exact percentiles), the queries it sends (nearest available units, list pages), and
 * the seeded query points it shares with the pgbench script so both sides ask the same questions.
 * {@code benchmarks/registry-bench.sh} runs it; figures go to {@code docs/benchmarks.md}.
 */
package se.samverkan.benchmarks.registry;
