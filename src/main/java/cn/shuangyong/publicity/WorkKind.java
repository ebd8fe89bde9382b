package cn.shuangyong.publicity;

import java.util.Set;

/**
 * A sort of work units submit, as the provincial office defines it (kept as data, like the plan's own wording):
 * its code, its name, whether it is a video (given by link or as a video file), and the target names it counts
 * for: a plan item's target counts the accepted works of the kind that names it.
 */
public record WorkKind(String code, String name, boolean video, Set<String> targetNames) {

	public WorkKind {
		targetNames = Set.copyOf(targetNames);
	}

	/** Whether a target of this name counts works of this kind. */
	public boolean counts(String targetName) {
		return targetName != null && targetNames.contains(targetName.strip());
	}
}
