package cn.shuangyong.documents.publicnotice;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;

/**
 * How the office answers an objection: whether it is upheld (成立), the reason (what checking found and how it was
 * handled) and the reply given to the objector.
 */
public record ObjectionAnswer(Boolean upheld, String reason, String reply) {

	ObjectionAnswer checked() {
		List<String> problems = new ArrayList<>();
		if (upheld == null) {
			problems.add("请选择异议是否成立");
		}
		String why = Texts.required(reason, "核查处理情况", 4000, problems);
		String said = Texts.required(reply, "答复内容", 4000, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ObjectionAnswer(upheld, why, said);
	}
}
