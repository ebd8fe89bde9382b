package cn.shuangyong.modelcity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.shuangyong.modelcity.ScoreInput;

/**
 * The score form of a campaign page: one {@code score-<indicator>} and one {@code text-<indicator>} field per
 * indicator, read into score inputs in the order they came.
 */
final class ScoreForm {

	private ScoreForm() {
	}

	static List<ScoreInput> read(Map<String, String> fields) {
		List<ScoreInput> inputs = new ArrayList<>();
		fields.forEach((name, value) -> {
			if (name.startsWith("score-") && name.substring(6).matches("\\d{1,18}")) {
				long id = Long.parseLong(name.substring(6));
				inputs.add(new ScoreInput(id, value, fields.get("text-" + id)));
			}
		});
		return inputs;
	}
}
