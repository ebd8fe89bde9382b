package cn.shuangyong.shared;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values read from the database, kept with the version of the data they were read at: a value is given again while
 * the version stands and it is younger than the time to live, and read again otherwise. The caller gives with each
 * call the version of the data that key's value depends on (as narrow as it can: one plan's tasks rather than all),
 * taken before reading, so a change committed meanwhile makes the next call read again rather than keep a stale value.
 * Without a version (the caller's own transaction has changed the data) nothing is kept. The number of values is
 * bounded.
 * <p>
 * It counts how it answered (kept value, read again, not kept) and logs the running totals under its name at most
 * once a minute while it is used ({@code -Dshuangyong.cache.report-every=PT2S} for a benchmark), so a load test can
 * say how many of its answers came from the cache: two adders and a clock read per call.
 */
public final class VersionedCache<K, V> {

	private static final Logger log = LoggerFactory.getLogger(VersionedCache.class);

	private static final long REPORT_EVERY_NANOS = Duration
		.parse(System.getProperty("shuangyong.cache.report-every", "PT1M")).toNanos();

	private final String name;

	private final int most;

	private final long timeToLiveNanos;

	private final LongSupplier nanoTime;

	private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	private final LongAdder unkept = new LongAdder();

	private final AtomicLong reportedAt;

	private record Kept<V>(long version, long readAt, V value) {
	}

	/** How a cache has answered so far: from a kept value, by reading again, or without keeping (no version). */
	public record Counts(String name, long hits, long misses, long unkept) {
	}

	public VersionedCache(String name, int most, Duration timeToLive) {
		this(name, most, timeToLive, System::nanoTime);
	}

	VersionedCache(String name, int most, Duration timeToLive, LongSupplier nanoTime) {
		this.name = name;
		this.most = most;
		this.timeToLiveNanos = timeToLive.toNanos();
		this.nanoTime = nanoTime;
		this.reportedAt = new AtomicLong(nanoTime.getAsLong());
	}

	/** The value kept for the key at this version of its data, or the one {@code read} gives, kept with it. */
	public V get(K key, OptionalLong current, Supplier<V> read) {
		long now = nanoTime.getAsLong();
		report(now);
		if (current.isEmpty()) {
			unkept.increment();
			return read.get();
		}
		Kept<V> found = kept.get(key);
		if (found != null && found.version() == current.getAsLong() && now - found.readAt() < timeToLiveNanos) {
			hits.increment();
			return found.value();
		}
		misses.increment();
		V value = read.get();
		if (kept.size() >= most) {
			kept.clear();
		}
		kept.put(key, new Kept<>(current.getAsLong(), now, value));
		return value;
	}

	public Counts counts() {
		return new Counts(name, hits.sum(), misses.sum(), unkept.sum());
	}

	private void report(long now) {
		long last = reportedAt.get();
		if (now - last >= REPORT_EVERY_NANOS && reportedAt.compareAndSet(last, now) && log.isInfoEnabled()) {
			Counts counts = counts();
			log.info("缓存 {}：命中 {}，重读 {}，不缓存 {}", name, counts.hits(), counts.misses(), counts.unkept());
		}
	}
}
