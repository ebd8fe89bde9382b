package cn.shuangyong.placement;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A soldier's choice as the operator enters it: who, which post, the witness who confirmed it on screen (纪检 or a
 * notary), and the proxy who chose for an absent soldier.
 */
public record ChoiceRequest(long soldierId, long postId, String witness, String proxy) {

	public static ChoiceRequest of(Long soldierId, Long postId, String witness, String proxy) {
		List<String> problems = new ArrayList<>();
		if (soldierId == null) {
			problems.add("请指明选岗的士兵（soldierId）");
		}
		if (postId == null) {
			problems.add("请指明所选岗位（postId）");
		}
		String w = FreeText.clean(witness);
		String p = FreeText.clean(proxy);
		if (w.length() > 60 || FreeText.hasControl(w)) {
			problems.add("见证人不超过60字");
		}
		if (p.length() > 40 || FreeText.hasControl(p)) {
			problems.add("委托人姓名不超过40字");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ChoiceRequest(soldierId, postId, w.isEmpty() ? null : w, p.isEmpty() ? null : p);
	}
}
