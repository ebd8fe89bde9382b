package cn.shuangyong.shared;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A kept value is given while its version stands and it is young enough, and read again otherwise. */
class VersionedCacheTest {

	private final AtomicLong version = new AtomicLong(1);

	private boolean changedInThisTransaction;

	private final AtomicLong now = new AtomicLong();

	private final AtomicInteger reads = new AtomicInteger();

	private final VersionedCache<String, Integer> cache = new VersionedCache<>("test", 3, Duration.ofSeconds(60),
			now::get);

	@Test
	void keepsAValuePerKeyWhileTheVersionStands() {
		assertThat(cache.get("province", version(), reads::incrementAndGet)).isEqualTo(1);
		assertThat(cache.get("province", version(), reads::incrementAndGet)).isEqualTo(1);
		assertThat(cache.get("prefecture", version(), reads::incrementAndGet)).isEqualTo(2);
		version.incrementAndGet();
		assertThat(cache.get("province", version(), reads::incrementAndGet)).isEqualTo(3);
		assertThat(cache.get("province", version(), reads::incrementAndGet)).isEqualTo(3);
	}

	@Test
	void aValueReadWhileTheDataChangedIsReadAgainNextTime() {
		cache.get("province", version(), () -> {
			version.incrementAndGet(); // another transaction commits while this one reads
			return reads.incrementAndGet();
		});
		assertThat(cache.get("province", version(), reads::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void keepsNothingForATransactionThatChangedTheData() {
		changedInThisTransaction = true;
		assertThat(cache.get("province", version(), reads::incrementAndGet)).isEqualTo(1);
		assertThat(cache.get("province", version(), reads::incrementAndGet)).isEqualTo(2);
		changedInThisTransaction = false;
		assertThat(cache.get("province", version(), reads::incrementAndGet)).as("nothing was kept from inside").isEqualTo(3);
	}

	@Test
	void readsAgainAfterTheTimeToLive() {
		cache.get("province", version(), reads::incrementAndGet);
		now.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(cache.get("province", version(), reads::incrementAndGet)).isEqualTo(1);
		now.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(cache.get("province", version(), reads::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void countsHowItAnswered() {
		cache.get("province", version(), reads::incrementAndGet);
		cache.get("province", version(), reads::incrementAndGet);
		cache.get("province", version(), reads::incrementAndGet);
		version.incrementAndGet();
		cache.get("province", version(), reads::incrementAndGet);
		changedInThisTransaction = true;
		cache.get("province", version(), reads::incrementAndGet);
		assertThat(cache.counts()).isEqualTo(new VersionedCache.Counts("test", 2, 2, 1));
	}

	@Test
	void staysWithinItsBound() {
		for (int i = 0; i < 10; i++) {
			cache.get("key " + i, version(), reads::incrementAndGet);
		}
		assertThat(cache.get("key 9", version(), reads::incrementAndGet)).as("the newest is kept").isEqualTo(10);
		assertThat(cache.get("key 0", version(), reads::incrementAndGet)).as("older ones went").isEqualTo(11);
	}

	@Test
	void keepsEachKeyAgainstTheVersionOfItsOwnData() {
		AtomicLong planA = new AtomicLong(5);
		AtomicLong planB = new AtomicLong(7);
		assertThat(cache.get("plan A", OptionalLong.of(planA.get()), reads::incrementAndGet)).isEqualTo(1);
		assertThat(cache.get("plan B", OptionalLong.of(planB.get()), reads::incrementAndGet)).isEqualTo(2);
		planA.set(8); // a write to plan A's tasks
		assertThat(cache.get("plan A", OptionalLong.of(planA.get()), reads::incrementAndGet)).isEqualTo(3);
		assertThat(cache.get("plan B", OptionalLong.of(planB.get()), reads::incrementAndGet)).as("kept").isEqualTo(2);
		assertThat(cache.counts().hits()).isEqualTo(1);
	}

	private OptionalLong version() {
		return changedInThisTransaction ? OptionalLong.empty() : OptionalLong.of(version.get());
	}
}
