package cn.shuangyong.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import cn.shuangyong.supervision.tasklife.SourceLink;

/**
 * A task as pages and the API show it, with its standing against the business date ({@link TaskStanding}, which
 * gives its colour). Plan and item are null for a task that does not come from a plan item; {@code planDocNumber} is
 * the number of the plan's document (某办〔2020〕1号), which tells apart the same item's tasks of a plan and of the
 * plans forwarding it.
 */
public record TaskView(long id, Long planId, Long itemId, String itemNo, String title, List<UnitRef> leadUnits,
		List<UnitRef> cooperatingUnits, LocalDate deadline, String deadlineReason, TaskState state,
		TaskStanding standing, Instant lastReportAt, LocalDate signedOffOn, long issuerUnitId, String regionCode,
		String issuerRegion, int version, SourceLink source, String planDocNumber) {

	/** 红黄绿, read off the standing. */
	public TaskColour colour() {
		return standing.colour();
	}

	/** The code of the source the task came from (PLAN_ITEM, MATERIALS, …). */
	public String sourceKind() {
		return source.kind();
	}

	/** The id of the record the task came from, in its source's module. */
	public long sourceId() {
		return source.id();
	}

	public record UnitRef(long id, String name) {
	}

	/**
	 * The lead units' names joined as lists show them (某厅、某局): one call, where a template's projection
	 * ({@code leadUnits().![name()]}) is interpreted by SpEL on every row of every render.
	 */
	public String leadUnitNames() {
		return String.join("、", leadUnits.stream().map(UnitRef::name).toList());
	}

	public boolean ledBy(long unitId) {
		return leadUnits.stream().anyMatch(u -> u.id() == unitId);
	}

	/** Of joint leads, the first-named submits the task for sign-off. */
	public boolean firstLead(long unitId) {
		return !leadUnits.isEmpty() && leadUnits.get(0).id() == unitId;
	}

	public boolean cooperatedBy(long unitId) {
		return cooperatingUnits.stream().anyMatch(u -> u.id() == unitId);
	}

	/** What the unit does on this task, or null when it neither leads nor helps (an office looking on). */
	public TaskRole roleOf(long unitId) {
		return ledBy(unitId) ? TaskRole.LEAD : cooperatedBy(unitId) ? TaskRole.COOPERATING : null;
	}
}
