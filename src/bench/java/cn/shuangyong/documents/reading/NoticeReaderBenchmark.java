package cn.shuangyong.documents.reading;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse time of a notice read from bytes: the seed (32 items, Markdown) and generated notices of growing size,
 * to show that the time grows in proportion to the notice. Besides JMH's wall-clock time each benchmark prints
 * the CPU time per operation ({@link CpuClock}). Run with {@code mvn -Pbench test-compile exec:exec}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-Dfile.encoding=UTF-8" })
public class NoticeReaderBenchmark {

	@State(Scope.Benchmark)
	public static class Seed {

		final NoticeReader reader = new NoticeReader();
		byte[] content;

		@Setup
		public void load() {
			content = SeedGold.seed();
		}
	}

	@State(Scope.Benchmark)
	public static class Generated {

		@Param({ "250", "1000", "4000" })
		int items;

		final NoticeReader reader = new NoticeReader();
		byte[] content;

		@Setup
		public void generate() {
			content = SyntheticNotice.generate(items, 20310101L).text().getBytes(StandardCharsets.UTF_8);
		}
	}

	@Benchmark
	public NoticeDraft seed(Seed seed, CpuClock clock) {
		long start = clock.start();
		NoticeDraft draft = seed.reader.read(SeedGold.SEED, seed.content);
		clock.stop(start);
		return draft;
	}

	@Benchmark
	public NoticeDraft generated(Generated generated, CpuClock clock) {
		long start = clock.start();
		NoticeDraft draft = generated.reader.read("generated.md", generated.content);
		clock.stop(start);
		return draft;
	}
}
