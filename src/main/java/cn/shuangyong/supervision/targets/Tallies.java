package cn.shuangyong.supervision.targets;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The tallies other modules declare, asked target by target: a target one of them counts is counted from its records
 * and takes no figure typed into a report; every other target is counted from the reports as before.
 */
@Component
public class Tallies {

	private final List<TargetTally> tallies;

	Tallies(List<TargetTally> tallies) {
		this.tallies = List.copyOf(tallies);
	}

	/** The count per unit of a target some tally counts, or empty when units report it by figures. */
	public Optional<Map<Long, Integer>> count(Target target) {
		return tallyOf(target).map(t -> t.count(target.itemId(), target.name()));
	}

	/** Where the count of a tallied target comes from, or empty when units report it by figures. */
	public Optional<String> sourceOf(Target target) {
		return tallyOf(target).map(TargetTally::source);
	}

	/** The targets whose figures units type into reports. */
	public List<Target> typed(List<Target> targets) {
		return targets.stream().filter(t -> tallyOf(t).isEmpty()).toList();
	}

	private Optional<TargetTally> tallyOf(Target target) {
		return tallies.stream().filter(t -> t.counts(target.itemId(), target.name())).findFirst();
	}
}
