package cn.shuangyong.placement;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.placement.rules.Requirements;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/** A post offered to the round: the unit, what kind of unit, the post, where, its requirements and its places. */
public record NewPost(String unitName, PostUnitKind unitKind, String title, String location, String requirements,
		int places, Requirements limits) {

	/** A post whose only requirements are a note, which the platform shows but does not check. */
	public static NewPost of(String unitName, String unitKind, String title, String location, String requirements,
			Integer places) {
		return of(unitName, unitKind, title, location, requirements, places, null, null, null, null);
	}

	/** A post with the requirements the platform checks against the soldier: schooling, age, sex with its basis. */
	public static NewPost of(String unitName, String unitKind, String title, String location, String requirements,
			Integer places, String minEducation, Integer maxAge, String sex, String sexBasis) {
		List<String> problems = new ArrayList<>();
		Requirements limits = Requirements.of(minEducation, maxAge, sex, sexBasis, problems);
		String unit = FreeText.required(unitName, "用人单位", 100, problems);
		String post = FreeText.required(title, "岗位名称", 100, problems);
		String where = FreeText.required(location, "工作地点", 100, problems);
		String needs = FreeText.clean(requirements);
		if (needs.length() > 300 || FreeText.hasControl(needs)) {
			problems.add("岗位要求不超过300字");
		}
		PostUnitKind kind = null;
		try {
			kind = PostUnitKind.valueOf(FreeText.clean(unitKind));
		}
		catch (IllegalArgumentException ex) {
			problems.add("单位性质应为事业单位（PUBLIC_INSTITUTION）或国有企业（STATE_ENTERPRISE）");
		}
		if (places == null || places < 1) {
			problems.add("岗位「" + post + "」的名额应至少为1");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewPost(unit, kind, post, where, needs.isEmpty() ? null : needs, places, limits);
	}
}
