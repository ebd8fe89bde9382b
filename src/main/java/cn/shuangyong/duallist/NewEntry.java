package cn.shuangyong.duallist;

import cn.shuangyong.shared.FreeText;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;

/** What a unit files on a list: which side, a need or a matter, what, and which unit asks. */
public record NewEntry(EntrySide side, EntryKind kind, String title, String description, long requestingUnitId) {

	static final int MAX_TITLE = 200;

	static final int MAX_DESCRIPTION = 4000;

	/** Reads the form or API fields, naming every problem in Chinese. */
	public static NewEntry of(String side, String kind, String title, String description, Long requestingUnitId) {
		List<String> problems = new ArrayList<>();
		EntrySide parsedSide = parse(EntrySide.class, side, "清单方（side）应为 MILITARY（军队）或 LOCAL（地方）", problems);
		EntryKind parsedKind = parse(EntryKind.class, kind, "类型（kind）应为 NEED（需求）或 MATTER（实事）", problems);
		String cleanTitle = FreeText.clean(title);
		String cleanDescription = FreeText.clean(description);
		if (cleanTitle.isEmpty() || cleanTitle.codePointCount(0, cleanTitle.length()) > MAX_TITLE) {
			problems.add("标题不能为空，且不超过" + MAX_TITLE + "字");
		}
		if (cleanDescription.isEmpty() || cleanDescription.codePointCount(0, cleanDescription.length()) > MAX_DESCRIPTION) {
			problems.add("具体内容不能为空，且不超过" + MAX_DESCRIPTION + "字");
		}
		if (FreeText.hasControl(title) || FreeText.hasControl(description)) {
			problems.add("标题或内容含有非法字符");
		}
		if (requestingUnitId == null) {
			problems.add("请选择提出单位");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewEntry(parsedSide, parsedKind, cleanTitle, cleanDescription, requestingUnitId);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text, String problem, List<String> problems) {
		try {
			return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			problems.add(problem);
			return null;
		}
	}
}
