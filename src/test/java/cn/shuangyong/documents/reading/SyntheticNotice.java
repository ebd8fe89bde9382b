package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a notice of any size with made-up units: a forward, the issuing document and a plan whose items
 * assign random units in every lead mode and role, with some items broken over lines and some naming no unit.
 * It knows nothing of the seed; it also returns what each item assigns, to check the reader against.
 */
final class SyntheticNotice {

	// Characters for made-up names and sentences; none of them is part of a structural word (牵头, 负责, 配合,
	// 参加, 等, 由, 分别 …), a numeral or a time word.
	private static final String STEMS = "安宝昌城德东丰福光广海河红华吉江金锦康兰乐丽林龙茂美明南宁平庆瑞山盛顺泰通文祥新兴阳永云长正中";
	private static final String WORDS = "加强完善推进落实深化开展组织建设服务保障宣传教育制度机制体系活动工作质量效能成效基础政策措施";
	private static final String[] SUFFIXES = { "局", "厅", "委员会", "办公室", "服务中心", "工作部" };
	private static final String[] SECTION_NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private final Random random;
	private final StringBuilder text = new StringBuilder();
	private final List<Assignment> assignments = new ArrayList<>();

	private SyntheticNotice(long seed) {
		this.random = new Random(seed);
	}

	/** A notice with {@code items} items; the same seed gives the same notice. */
	static Generated generate(int items, long seed) {
		return new SyntheticNotice(seed).write(items);
	}

	private Generated write(int items) {
		text.append("某州双拥工作领导小组办公室文件\n\n某拥办通〔2031〕9号\n\n关于转发2031年某省双拥工作要点的通知\n\n")
			.append(unit()).append("，").append(unit()).append("：\n\n现将要点转发给你们，请认真落实。\n\n")
			.append("一、").append(sentence(6)).append("\n\n").append(sentence(40)).append("。\n\n")
			.append("某省双拥工作领导小组办公室文件\n\n某拥办〔2031〕2号\n\n关于印发《2031年某省双拥工作要点》的通知\n\n")
			.append(unit()).append("，").append(unit()).append("：\n\n现将要点印发你们。\n\n2031年某省双拥工作要点\n\n")
			.append(sentence(60)).append("。\n\n");
		int perSection = Math.max(1, items / SECTION_NUMERALS.length);
		for (int no = 1; no <= items; no++) {
			if ((no - 1) % perSection == 0 && (no - 1) / perSection < SECTION_NUMERALS.length) {
				text.append("## ").append(SECTION_NUMERALS[(no - 1) / perSection]).append("、").append(sentence(8)).append("\n\n");
			}
			item(no);
		}
		return new Generated(text.toString(), List.copyOf(assignments));
	}

	private void item(int no) {
		text.append(no).append(random.nextBoolean() ? "." : "、").append(sentence(30)).append("，")
			.append(sentence(25)).append("。");
		if (random.nextInt(10) == 0) {
			assignments.add(Assignment.NONE);
			text.append("\n\n");
			return;
		}
		LeadMode mode = LeadMode.values()[random.nextInt(LeadMode.values().length)];
		List<String> leads = units(mode == LeadMode.SINGLE ? 1 : 2 + random.nextInt(2));
		List<String> cooperators = units(random.nextInt(4));
		CooperatorRole role = random.nextInt(4) == 0 ? CooperatorRole.TAKE_PART : CooperatorRole.COOPERATE;
		text.append("（").append(String.join("、", leads)).append(mode == LeadMode.EACH ? "分别牵头" : "牵头");
		if (!cooperators.isEmpty()) {
			String between = random.nextInt(3) == 0 ? "\n\n" : "";
			text.append("，").append(String.join("、", cooperators)).append(random.nextBoolean() ? "等相关部门" : "")
				.append(between).append(role.word());
		}
		text.append(random.nextBoolean() ? "）" : ")").append("\n\n");
		assignments.add(new Assignment(leads, mode, cooperators, role));
	}

	private List<String> units(int count) {
		List<String> units = new ArrayList<>();
		while (units.size() < count) {
			String unit = unit();
			if (!units.contains(unit)) {
				units.add(unit);
			}
		}
		return units;
	}

	private String unit() {
		StringBuilder name = new StringBuilder("某");
		for (int i = 0; i < 2 + random.nextInt(3); i++) {
			name.append(STEMS.charAt(random.nextInt(STEMS.length())));
		}
		return name.append(SUFFIXES[random.nextInt(SUFFIXES.length)]).toString();
	}

	private String sentence(int length) {
		StringBuilder sentence = new StringBuilder();
		while (sentence.length() < length) {
			int at = random.nextInt(WORDS.length() / 2) * 2;
			sentence.append(WORDS, at, at + 2);
		}
		return sentence.toString();
	}

	/** The notice's text and, item by item, the assignment it wrote. */
	record Generated(String text, List<Assignment> assignments) {
	}
}
