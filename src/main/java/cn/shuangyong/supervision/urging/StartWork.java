package cn.shuangyong.supervision.urging;

import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

/**
 * Whether the work set going at start is still being done: events published since this node started (a plan
 * published by the demo seeding, its tasks being opened, the demo history being written) whose listeners have not yet
 * finished. The first escalation run waits for it, or it would sweep tasks that are not there yet, or hold a task
 * against a history not yet written and urge work that was in fact done on time. A listener that failed counts as
 * finished: it is retried by the registry, not waited for.
 */
@Component
class StartWork {

	private final ObjectProvider<EventPublicationRegistry> registry;

	private final Instant started = Instant.now();

	StartWork(ObjectProvider<EventPublicationRegistry> registry) {
		this.registry = registry;
	}

	boolean pending() {
		EventPublicationRegistry publications = registry.getIfAvailable();
		return publications != null && publications.findIncompletePublications().stream()
			.anyMatch(p -> !p.getPublicationDate().isBefore(started) && p.getStatus() != EventPublication.Status.FAILED);
	}
}
