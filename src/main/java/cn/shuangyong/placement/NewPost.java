package cn.shuangyong.placement;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/** A post offered to the round: the unit, what kind of unit, the post, where, its requirements and its places. */
public record NewPost(String unitName, PostUnitKind unitKind, String title, String location, String requirements,
		int places) {

	public static NewPost of(String unitName, String unitKind, String title, String location, String requirements,
			Integer places) {
		List<String> problems = new ArrayList<>();
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
		return new NewPost(unit, kind, post, where, needs.isEmpty() ? null : needs, places);
	}
}
