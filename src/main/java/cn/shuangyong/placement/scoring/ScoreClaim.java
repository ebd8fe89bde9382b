package cn.shuangyong.placement.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A line of a score sheet as the office enters it: the item, how many (years, times, months), and the evidence it
 * rests on, the file in the soldier's record and its document number. A line without evidence is refused.
 */
public record ScoreClaim(String itemCode, BigDecimal quantity, String evidenceFile, String evidenceDocNo) {

	public static ScoreClaim of(String itemCode, BigDecimal quantity, String evidenceFile, String evidenceDocNo) {
		List<String> problems = new ArrayList<>();
		String code = itemCode == null ? "" : itemCode.strip();
		if (code.isEmpty()) {
			problems.add("评分项目不能为空");
		}
		if (quantity == null || quantity.signum() <= 0) {
			problems.add("评分项目「" + code + "」的数量应大于0");
		}
		String file = FreeText.clean(evidenceFile);
		String docNo = FreeText.clean(evidenceDocNo);
		if (file.isEmpty() || docNo.isEmpty()) {
			problems.add("评分项目「" + code + "」缺少证明材料：须写明档案材料名称和文号");
		}
		else if (file.length() > 200 || docNo.length() > 100) {
			problems.add("评分项目「" + code + "」的证明材料名称不超过200字、文号不超过100字");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ScoreClaim(code, quantity, file, docNo);
	}
}
