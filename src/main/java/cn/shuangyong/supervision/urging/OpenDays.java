package cn.shuangyong.supervision.urging;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a task stood open to urging on the morning of a past day, from the steps on its timeline that close it
 * (申请销号, 办结销号) and open it again (退回, 重新打开). A step taken on a day counts from the next morning: the daily
 * run goes at seven, before the offices open. A task is open from its opening until its first closing step.
 */
final class OpenDays {

	/** A step that changes whether the task is open, on the business date it was taken. */
	record Turn(LocalDate on, boolean opens) {
	}

	private final List<Turn> turns;

	/** @param turns the task's closing and reopening steps in the order they were taken */
	OpenDays(List<Turn> turns) {
		this.turns = List.copyOf(turns);
	}

	static boolean opens(String eventKind) {
		return "RETURN".equals(eventKind) || "REOPEN".equals(eventKind);
	}

	boolean openOn(LocalDate day) {
		boolean open = true;
		for (Turn turn : turns) {
			if (!turn.on().isBefore(day)) {
				break;
			}
			open = turn.opens();
		}
		return open;
	}
}
