package cn.shuangyong.supervision;

import java.time.Instant;

import cn.shuangyong.shared.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the escalation shortly after start and every morning, against the business date. */
@Component
class EscalationJob {

	private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

	private final Escalation escalation;

	private final BusinessClock clock;

	private final EscalationSettings settings;

	private final TaskScheduler scheduler;

	EscalationJob(Escalation escalation, BusinessClock clock, EscalationSettings settings, TaskScheduler scheduler) {
		this.escalation = escalation;
		this.clock = clock;
		this.settings = settings;
		this.scheduler = scheduler;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		if (settings.enabled()) {
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
