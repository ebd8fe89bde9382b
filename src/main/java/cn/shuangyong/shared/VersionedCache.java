package cn.shuangyong.shared;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values read from the database, kept with the version of the data they were read at: a value is given again while
 * the version stands and it is younger than the time to live, and read again otherwise. The version is taken before
 * reading, so a change committed meanwhile makes the next call read again rather than keep a stale value. Without a
 * version (the caller's own transaction has changed the data) nothing is kept. The number of values is bounded.
 */
public final class VersionedCache<K, V> {

	private final int most;

	private final long timeToLiveNanos;

	private final Supplier<OptionalLong> version;

	private final LongSupplier nanoTime;

	private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

	private record Kept<V>(long version, long readAt, V value) {
	}

	public VersionedCache(int most, Duration timeToLive, Supplier<OptionalLong> version) {
		this(most, timeToLive, version, System::nanoTime);
	}

	VersionedCache(int most, Duration timeToLive, Supplier<OptionalLong> version, LongSupplier nanoTime) {
		this.most = most;
		this.timeToLiveNanos = timeToLive.toNanos();
		this.version = version;
		this.nanoTime = nanoTime;
	}

	public V get(K key, Supplier<V> read) {
		OptionalLong current = version.get();
		if (current.isEmpty()) {
			return read.get();
		}
		long now = nanoTime.getAsLong();
		Kept<V> found = kept.get(key);
		if (found != null && found.version() == current.getAsLong() && now - found.readAt() < timeToLiveNanos) {
			return found.value();
		}
		V value = read.get();
		if (kept.size() >= most) {
			kept.clear();
		}
		kept.put(key, new Kept<>(current.getAsLong(), now, value));
		return value;
	}
}
