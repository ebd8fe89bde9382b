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

/**
 * The run shortly after start: scheduled after the initial delay, and not at all where it is switched off (the test
 * contexts, whose tasks it would change at an unpredictable moment) or where escalation itself is off.
 */
class EscalationJobTest {

	private final TaskScheduler scheduler = mock(TaskScheduler.class);

	private final BusinessClock clock = new BusinessClock(Clock.systemUTC());

	@Test
	void schedulesARunTheInitialDelayAfterStart() {
		Instant before = Instant.now();
		new EscalationJob(null, clock, settings(true), scheduler, true).atStart();
		verify(scheduler).schedule(any(Runnable.class),
				argThat((Instant at) -> !at.isBefore(before.plusSeconds(30)) && at.isBefore(Instant.now().plusSeconds(31))));
	}

	@Test
	void schedulesNothingWhenTheRunAtStartIsSwitchedOff() {
		new EscalationJob(null, clock, settings(true), scheduler, false).atStart();
		verifyNoInteractions(scheduler);
	}

	@Test
	void schedulesNothingWhenEscalationIsOff() {
		new EscalationJob(null, clock, settings(false), scheduler, true).atStart();
		verifyNoInteractions(scheduler);
	}

	private static EscalationSettings settings(boolean enabled) {
		return new EscalationSettings(enabled, 3, 1, 5, 10, 5, "{abbr}拥办督〔{year}〕{n}号", Duration.ofSeconds(30),
				"0 0 7 * * *");
	}
}
