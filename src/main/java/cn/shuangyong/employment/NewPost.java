package cn.shuangyong.employment;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A post a local unit offers. An employer of the directory (a 机关事业单位 or a 国有企业) is named by its unit; a
 * private employer by its name, as it came to a job fair.
 */
public record NewPost(PostKind kind, String title, Long employerUnitId, String employerName, Education minEducation,
		WorkKind workKind, int openings, String regionCode, Long fairId) {

	public static NewPost of(String kind, String title, Long employerUnitId, String employerName, String minEducation,
			String workKind, Integer openings, String regionCode, Long fairId) {
		List<String> problems = new ArrayList<>();
		PostKind parsed = null;
		try {
			parsed = PostKind.valueOf(kind == null ? "" : kind.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			problems.add("岗位类别应为机关事业单位、国有企业或民营企业");
		}
		String name = FreeText.required(title, "岗位名称", 100, problems);
		String employer = FreeText.clean(employerName);
		if (parsed == PostKind.PRIVATE) {
			FreeText.required(employerName, "用人单位名称", 100, problems);
			employerUnitId = null;
		}
		else if (parsed != null) {
			if (employerUnitId == null) {
				problems.add("请选择用人单位");
			}
			employer = "";
		}
		Education education = NewNeed.collect(() -> Education.parse(minEducation, "学历要求"), problems);
		WorkKind work = NewNeed.collect(() -> WorkKind.parse(workKind, "工作类别"), problems);
		if (openings == null || openings < 1 || openings > 500) {
			problems.add("招聘人数应为 1 至 500");
		}
		if (regionCode == null || !regionCode.strip().matches("\\d{4}|\\d{6}")) {
			problems.add("请选择岗位所在地区，州市或县市区");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewPost(parsed, name, employerUnitId, employer.isEmpty() ? null : employer, education, work, openings,
				regionCode.strip(), fairId);
	}
}
