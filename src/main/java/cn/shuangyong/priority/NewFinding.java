package cn.shuangyong.priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * What an inspector records at a place for one checklist item: passed, or failed with what was seen and the day by
 * which it must be put right.
 */
public record NewFinding(long placeId, long itemId, boolean passed, String note, LocalDate foundOn,
		LocalDate rectifyBy) {

	public static NewFinding of(Long placeId, Long itemId, String result, String note, LocalDate foundOn,
			LocalDate rectifyBy) {
		List<String> problems = new ArrayList<>();
		if (placeId == null) {
			problems.add("检查场所：请选择");
		}
		if (itemId == null) {
			problems.add("检查项：请选择");
		}
		Boolean passed = "PASS".equals(result) ? Boolean.TRUE : "FAIL".equals(result) ? Boolean.FALSE : null;
		if (passed == null) {
			problems.add("检查结果：请选择合格或不合格");
		}
		String cleanNote = FreeText.clean(note);
		if (cleanNote.length() > 1000 || FreeText.hasControl(note)) {
			problems.add("检查情况不能超过 1000 字");
		}
		if (foundOn == null) {
			problems.add("检查日期：请填写");
		}
		if (Boolean.FALSE.equals(passed)) {
			if (cleanNote.isEmpty()) {
				problems.add("检查情况：不合格时请写明发现的问题");
			}
			if (rectifyBy == null) {
				problems.add("整改期限：不合格时请填写");
			}
			else if (foundOn != null && !rectifyBy.isAfter(foundOn)) {
				problems.add("整改期限：须晚于检查日期");
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewFinding(placeId, itemId, passed, cleanNote.isEmpty() ? null : cleanNote, foundOn,
				passed ? null : rectifyBy);
	}
}
