package cn.shuangyong.supervision.urging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.shuangyong.shared.BusinessClock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.TaskScheduler;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The run at start: as soon as the work set going at start is done, at the latest the initial delay after start, and
 * not at all where it is switched off (the test contexts, whose tasks it would change at an unpredictable moment) or
 * where escalation itself is off.
 */
class EscalationJobTest {

	private final TaskScheduler scheduler = mock(TaskScheduler.class);

	private final BusinessClock clock = new BusinessClock(Clock.systemUTC());

	private final StartWork startWork = mock(StartWork.class);

	private final Escalation escalation = mock(Escalation.class);

	@Test
	void looksASecondAfterStartWhetherTheStartsWorkIsDone() {
		Instant before = Instant.now();
		new EscalationJob(escalation, clock, settings(true), scheduler, startWork, true).atStart();
		verify(scheduler).schedule(any(Runnable.class),
				argThat((Instant at) -> !at.isBefore(before.plusSeconds(1)) && at.isBefore(Instant.now().plusSeconds(2))));
		verifyNoInteractions(escalation);
	}

	@Test
	void waitsWhileTheStartsWorkIsPendingThenRunsAtOnce() {
		EscalationJob job = new EscalationJob(escalation, clock, settings(true), scheduler, startWork, true);
		when(startWork.pending()).thenReturn(true);
		job.runOnceStartWorkIsDone(Instant.now().plusSeconds(60));
		verify(scheduler).schedule(any(Runnable.class), any(Instant.class));
		verifyNoInteractions(escalation);

		when(startWork.pending()).thenReturn(false);
		job.runOnceStartWorkIsDone(Instant.now().plusSeconds(60));
		verify(escalation).evaluate(clock.today());
	}

	@Test
	void runsAtTheLatestMomentEvenIfTheStartsWorkIsStillPending() {
		when(startWork.pending()).thenReturn(true);
		new EscalationJob(escalation, clock, settings(true), scheduler, startWork, true)
			.runOnceStartWorkIsDone(Instant.now().minusMillis(1));
		verify(escalation).evaluate(clock.today());
		verifyNoInteractions(scheduler);
	}

	@Test
	void schedulesNothingWhenTheRunAtStartIsSwitchedOff() {
		new EscalationJob(escalation, clock, settings(true), scheduler, startWork, false).atStart();
		verifyNoInteractions(scheduler);
	}

	@Test
	void schedulesNothingWhenEscalationIsOff() {
		new EscalationJob(escalation, clock, settings(false), scheduler, startWork, true).atStart();
		verifyNoInteractions(scheduler);
	}

	private static EscalationSettings settings(boolean enabled) {
		return new EscalationSettings(enabled, 3, 1, 5, 10, 5, "{abbr}拥办督〔{year}〕{n}号", Duration.ofSeconds(30),
				"0 0 7 * * *");
	}
}
