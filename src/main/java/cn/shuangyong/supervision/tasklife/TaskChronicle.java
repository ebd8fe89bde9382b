package cn.shuangyong.supervision.tasklife;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.TaskWork;

/**
 * Writes a task's past life at given past times, through the same {@link Task} rules and the same {@link TaskStore}
 * as the units' own steps: the same columns, timeline entries and events. The demo history uses it to show a year the
 * units have worked through; it refuses a step the life of a task does not allow, or one dated before the step before
 * it.
 */
@Component
public class TaskChronicle {

	private final TaskStore store;

	TaskChronicle(TaskStore store) {
		this.store = store;
	}

	/** Who did a step: a unit, and the name shown on the timeline. */
	public record Actor(long unitId, String name) {

		TaskStore.Actor asStoreActor() {
			return TaskStore.Actor.named(unitId, name);
		}
	}

	/** A task being written, from its opening on. */
	public final class Entry {

		private Task task;

		private ZonedDateTime last;

		private Entry(Task task, ZonedDateTime openedAt) {
			this.task = task;
			this.last = openedAt;
			store.openedAt(task.id(), openedAt.toInstant());
		}

		TaskState state() {
			return task.state();
		}

		public Entry step(TaskAction action, Actor by, ZonedDateTime at, String text) {
			if (at.isBefore(last)) {
				throw new IllegalStateException("任务 " + task.id() + " 不能在 " + at + " " + action.label() + "：早于上一步 " + last);
			}
			Task.Step step = task.take(action, task.version());
			TaskStore.When when = new TaskStore.When(at.toInstant(), at.toLocalDate());
			task = store.write(step, by.asStoreActor(), when, action == TaskAction.REPORT ? null : text);
			if (action == TaskAction.REPORT) {
				store.report(task.id(), by.asStoreActor(), text, when.at());
			}
			last = at;
			return this;
		}

		/** The issuing office moves the deadline, with its reason, as {@link TaskWork#changeDeadline} does. */
		public Entry moveDeadline(LocalDate deadline, String reason, Actor by, ZonedDateTime at) {
			Task.DeadlineMove move = task.moveDeadline(deadline, reason, task.version());
			task = store.write(move, move.reason(), "DEADLINE",
					"截止日期由 " + move.from() + " 调整为 " + deadline + "：" + move.reason(), by.asStoreActor(),
					new TaskStore.When(at.toInstant(), at.toLocalDate()));
			last = at;
			return this;
		}
	}

	/** Starts writing a task as it stands now, opened at a past time. */
	public Entry open(TaskView task, ZonedDateTime openedAt) {
		return new Entry(Task.of(task), openedAt);
	}
}
