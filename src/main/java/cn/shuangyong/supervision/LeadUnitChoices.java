package cn.shuangyong.supervision;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ids of the units that lead the tasks a user sees, by plan and prefecture, for the board's unit filter. The list
 * depends only on what the data scope reads (the user's region and unit) and on the tasks' lead units, which are fixed
 * when a task is opened; so it is kept per scope until tasks are opened ({@link #forget()}, called by
 * {@link TaskUnits}). Reading it is a join over every task's units, the dearest query of the
 * board at a province's scale.
 */
@Component
class LeadUnitChoices {

	/** A bound on the kept lists (one per region, unit, plan and prefecture asked for), so the memory stays small. */
	private static final int MOST = 5_000;

	private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	record Key(String region, long unit, Long planId, String prefecture) {
	}

	private record Kept(long generation, List<Long> unitIds) {
	}

	/**
	 * The kept list, or the one {@code read} gives, kept with the generation current before reading: if tasks are
	 * opened meanwhile, the list is read again next time.
	 */
	List<Long> unitIds(Key key, Supplier<List<Long>> read) {
		long current = generation.get();
		Kept found = kept.get(key);
		if (found != null && found.generation() == current) {
			return found.unitIds();
		}
		List<Long> unitIds = List.copyOf(read.get());
		if (kept.size() >= MOST) {
			kept.clear();
		}
		kept.put(key, new Kept(current, unitIds));
		return unitIds;
	}

	/**
	 * Tasks were opened: every list is read again, now (for the opening transaction itself) and once the transaction
	 * has ended (a list read by another request before the new tasks were committed must not stay).
	 */
	void forget() {
		generation.incrementAndGet();
		kept.clear();
		// once per transaction, however many tasks it opens (publishing a plan opens some two hundred)
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(this)) {
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(LeadUnitChoices.this);
					generation.incrementAndGet();
					kept.clear();
				}
			});
		}
	}
}
