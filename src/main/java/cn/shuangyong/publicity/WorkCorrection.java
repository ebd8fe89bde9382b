package cn.shuangyong.publicity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A returned work as its unit corrects it before sending it again: title, medium, date and link as they now stand,
 * and a new file if one replaces the old. The kind and the plan item stay as first submitted, since they decide what
 * the work counts toward. Whether a link or a file remains is for the work to say ({@link Work#corrected}).
 */
public record WorkCorrection(String title, String medium, LocalDate publishedOn, String link, WorkUpload file) {

	public static WorkCorrection of(String title, String medium, String publishedOn, String link, WorkUpload file) {
		List<String> problems = new ArrayList<>();
		String cleanTitle = FreeText.required(title, "作品标题", NewWork.MAX_TITLE, problems);
		String cleanMedium = FreeText.required(medium, "刊播媒体", NewWork.MAX_MEDIUM, problems);
		LocalDate date = NewWork.date(publishedOn, problems);
		String cleanLink = FreeText.clean(link);
		NewWork.checkLink(cleanLink, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new WorkCorrection(cleanTitle, cleanMedium, date, cleanLink.isEmpty() ? null : cleanLink,
				file == null ? new WorkUpload(null, null) : file);
	}
}
