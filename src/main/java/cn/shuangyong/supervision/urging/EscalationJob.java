package cn.shuangyong.supervision.urging;

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
 * Runs the escalation every morning and, unless {@code shuangyong.supervision.escalation.run-at-start=false}, shortly
 * after start, against the business date. Tests switch the run at start off: it would add notices and timeline entries
 * at an unpredictable moment to the tasks they work through.
 */
@Component
class EscalationJob {

	private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

	private final Escalation escalation;

	private final BusinessClock clock;

	private final EscalationSettings settings;

	private final TaskScheduler scheduler;

	private final boolean runAtStart;

	EscalationJob(Escalation escalation, BusinessClock clock, EscalationSettings settings, TaskScheduler scheduler,
			@Value("${shuangyong.supervision.escalation.run-at-start:true}") boolean runAtStart) {
		this.escalation = escalation;
		this.clock = clock;
		this.settings = settings;
		this.scheduler = scheduler;
		this.runAtStart = runAtStart;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		if (settings.enabled() && runAtStart) {
			scheduler.schedule(this::run, Instant.now().plus(settings.initialDelay()));
		}
	}

	@Scheduled(cron = "${shuangyong.supervision.escalation.cron:0 0 7 * * *}", zone = "Asia/Shanghai")
	void daily() {
		if (settings.enabled()) {
			run();
		}
	}

	void run() {
		try {
			int steps = escalation.evaluate(clock.today());
			log.info("督办：{} 的检查完成，{} 项任务发出提醒或通知", clock.today(), steps);
		}
		catch (RuntimeException e) {
			log.error("督办检查失败，将在下次运行时重试", e);
		}
	}
}
