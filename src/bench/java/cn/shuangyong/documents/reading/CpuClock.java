package cn.shuangyong.documents.reading;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The CPU time the benchmark thread spends per operation, over the measurement iterations. The machines are
 * shared by several engineers: wall-clock time then measures the neighbours as much as the code, CPU time far
 * less. Printed at the end of each trial as "CPU time: … ms/op".
 */
@State(Scope.Thread)
public class CpuClock {

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
	private long iterationNanos;
	private long iterationOperations;
	private long measuredNanos;
	private long measuredOperations;

	long start() {
		return threads.getCurrentThreadCpuTime();
	}

	void stop(long start) {
		iterationNanos += threads.getCurrentThreadCpuTime() - start;
		iterationOperations++;
	}

	@TearDown(Level.Iteration)
	public void endIteration(IterationParams iteration) {
		if (iteration.getType() == IterationType.MEASUREMENT) {
			measuredNanos += iterationNanos;
			measuredOperations += iterationOperations;
		}
		iterationNanos = 0;
		iterationOperations = 0;
	}

	@TearDown(Level.Trial)
	public void report(BenchmarkParams benchmark) {
		System.out.printf("%nCPU time: %s %s: %.3f ms/op over %d operations%n", benchmark.getBenchmark(),
				benchmark.getParamsKeys().isEmpty() ? "" : benchmark.getParam("items") + " items",
				measuredNanos / 1e6 / measuredOperations, measuredOperations);
	}
}
