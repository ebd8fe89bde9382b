package cn.shuangyong.supervision;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's lead-unit choices are kept per scope, and read again after tasks are opened, however the two meet. */
class LeadUnitChoicesTest {

	private final LeadUnitChoices choices = new LeadUnitChoices();

	private final AtomicInteger reads = new AtomicInteger();

	private final LeadUnitChoices.Key province = new LeadUnitChoices.Key("53", 1, null, null);

	@Test
	void keepsAListPerScopeUntilTasksAreOpened() {
		assertThat(choices.unitIds(province, this::read)).containsExactly(1L);
		assertThat(choices.unitIds(province, this::read)).containsExactly(1L);
		assertThat(choices.unitIds(new LeadUnitChoices.Key("5323", 2, null, null), this::read)).containsExactly(2L);
		choices.forget();
		assertThat(choices.unitIds(province, this::read)).containsExactly(3L);
	}

	@Test
	void aListReadWhileTasksAreOpenedIsReadAgain() {
		choices.unitIds(province, () -> {
			choices.forget();
			return read();
		});
		assertThat(choices.unitIds(province, this::read)).as("read before the opening was known").containsExactly(2L);
	}

	@Test
	void forgetsAgainWhenTheOpeningTransactionEnds() {
		TransactionSynchronizationManager.initSynchronization();
		try {
			choices.forget();
			choices.unitIds(province, this::read);
			for (TransactionSynchronization sync : TransactionSynchronizationManager.getSynchronizations()) {
				sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
			}
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(choices.unitIds(province, this::read)).as("read before the commit").containsExactly(2L);
	}

	/** A plan's publication opens some two hundred tasks in one transaction: one synchronization, not one per task. */
	@Test
	void registersOneSynchronizationPerTransaction() {
		for (int transaction = 0; transaction < 2; transaction++) {
			TransactionSynchronizationManager.initSynchronization();
			try {
				choices.forget();
				choices.forget();
				choices.forget();
				List<TransactionSynchronization> syncs = TransactionSynchronizationManager.getSynchronizations();
				assertThat(syncs).as("transaction " + transaction).hasSize(1);
				syncs.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
			}
			finally {
				TransactionSynchronizationManager.clearSynchronization();
			}
		}
	}

	private List<Long> read() {
		return List.of((long) reads.incrementAndGet());
	}
}
