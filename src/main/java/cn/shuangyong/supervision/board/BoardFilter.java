package cn.shuangyong.supervision.board;

import cn.shuangyong.supervision.TaskColour;

/**
 * What the supervision board shows: a null value leaves that filter out. The section only counts with a plan; the
 * prefecture is a four-digit region code; pages count from 0, as every list's (shared.Paging).
 */
public record BoardFilter(Long planId, String section, Long unitId, TaskColour colour, BoardLevel level,
		String prefecture, int page) {

	public static final int PAGE_SIZE = 25;

	public BoardFilter {
		section = section == null || section.isBlank() ? null : section.strip();
		prefecture = prefecture == null || prefecture.isBlank() ? null : prefecture.strip();
		if (prefecture != null && !prefecture.matches("\\d{4}")) {
			throw new cn.shuangyong.shared.InvalidInputException("州（市）代码应为 4 位数字：" + prefecture);
		}
		page = Math.max(0, page);
	}

	public BoardFilter withPage(int other) {
		return new BoardFilter(planId, section, unitId, colour, level, prefecture, other);
	}
}
