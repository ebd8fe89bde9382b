package cn.shuangyong.documents.publicnotice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;

/** An objection as the office records it: when it came, from whom (匿名 if nobody gave a name), how, and what it says. */
public record ObjectionInput(LocalDate receivedOn, String objector, String channel, String content) {

	/** The same objection with its texts stripped; refused, naming every empty or too long field. */
	ObjectionInput checked() {
		List<String> problems = new ArrayList<>();
		String who = Texts.required(objector, "异议人（匿名的写“匿名”）", 100, problems);
		String how = Texts.required(channel, "收到方式", 40, problems);
		String what = Texts.required(content, "异议内容", 4000, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ObjectionInput(receivedOn, who, how, what);
	}
}
