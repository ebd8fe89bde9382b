package cn.shuangyong.supervision.urging;

import java.time.Duration;
import java.time.Instant;

import cn.shuangyong.shared.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the escalation every morning and, unless {@code shuangyong.supervision.escalation.run-at-start=false}, right
 * after start, against the business date: as soon as the work set going at start is done ({@link StartWork}), at the
 * latest {@code initial-delay} after start. On the first start over an old plan that run is the catch-up, which
 * replays every working day since the deadlines. Tests switch the run at start off: it would add notices and timeline
 * entries at an unpredictable moment to the tasks they work through.
 */
@Component
class EscalationJob {

	private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

	/** How often the run at start looks whether the start's work is done. */
	static final Duration LOOK_EVERY = Duration.ofSeconds(1);

	private final Escalation escalation;

	private final BusinessClock clock;

	private final EscalationSettings settings;

	private final TaskScheduler scheduler;

	private final StartWork startWork;

	private final boolean runAtStart;

	EscalationJob(Escalation escalation, BusinessClock clock, EscalationSettings settings, TaskScheduler scheduler,
			StartWork startWork, @Value("${shuangyong.supervision.escalation.run-at-start:true}") boolean runAtStart) {
		this.escalation = escalation;
		this.clock = clock;
		this.settings = settings;
		this.scheduler = scheduler;
		this.startWork = startWork;
		this.runAtStart = runAtStart;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		if (settings.enabled() && runAtStart) {
			Instant latest = Instant.now().plus(settings.initialDelay());
			scheduler.schedule(() -> runOnceStartWorkIsDone(latest), Instant.now().plus(LOOK_EVERY));
		}
	}

	/** Runs now if the start's work is done or the latest moment has come; otherwise looks again in a second. */
	void runOnceStartWorkIsDone(Instant latest) {
		if (Instant.now().isBefore(latest) && startWork.pending()) {
			scheduler.schedule(() -> runOnceStartWorkIsDone(latest), Instant.now().plus(LOOK_EVERY));
			return;
		}
		run();
	}

	@Scheduled(cron = "${shuangyong.supervision.escalation.cron:0 0 7 * * *}", zone = "Asia/Shanghai")
	void daily() {
		if (settings.enabled()) {
			run();
		}
	}

	void run() {
		try {
			long started = System.nanoTime();
			int steps = escalation.evaluate(clock.today());
			log.info("督办：{} 的检查完成，{} 项提醒或通知已发出（{} ms）", clock.today(), steps,
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException e) {
			log.error("督办检查失败，将在下次运行时重试", e);
		}
	}
}
