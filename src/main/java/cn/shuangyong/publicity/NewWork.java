package cn.shuangyong.publicity;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A work as a unit submits it: what kind, its title, the unit that made it, where it appeared (the medium) and when,
 * a link or a file (at least one), and the plan item it answers, if any. Checked here, field by field.
 */
public record NewWork(String kind, String title, long authorUnitId, String medium, LocalDate publishedOn, String link,
		WorkUpload file, Long itemId) {

	static final int MAX_TITLE = 200;

	static final int MAX_MEDIUM = 100;

	static final int MAX_LINK = 500;

	public static NewWork of(String kind, String title, Long authorUnitId, String medium, String publishedOn,
			String link, WorkUpload file, Long itemId) {
		List<String> problems = new ArrayList<>();
		String workKind = FreeText.clean(kind);
		if (workKind.isEmpty()) {
			problems.add("请选择作品类型");
		}
		String cleanTitle = FreeText.required(title, "作品标题", MAX_TITLE, problems);
		String cleanMedium = FreeText.required(medium, "刊播媒体", MAX_MEDIUM, problems);
		LocalDate date = date(publishedOn, problems);
		String cleanLink = FreeText.clean(link);
		WorkUpload upload = file == null ? new WorkUpload(null, null) : file;
		if (cleanLink.isEmpty() && upload.empty()) {
			problems.add("作品须附链接或上传文件，二者至少其一");
		}
		else {
			checkLink(cleanLink, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewWork(workKind, cleanTitle, authorUnitId == null ? 0 : authorUnitId, cleanMedium, date,
				cleanLink.isEmpty() ? null : cleanLink, upload, itemId);
	}

	/** The date a work appeared, or a problem naming the field. */
	static LocalDate date(String publishedOn, List<String> problems) {
		if (FreeText.clean(publishedOn).isEmpty()) {
			problems.add("请填写刊播日期");
			return null;
		}
		try {
			return LocalDate.parse(FreeText.clean(publishedOn));
		}
		catch (DateTimeParseException e) {
			problems.add("刊播日期“" + FreeText.clean(publishedOn) + "”不是有效日期，应为 2020-07-31 的形式");
			return null;
		}
	}

	/** A link, when given, must be a web address of a sensible length. */
	static void checkLink(String cleanLink, List<String> problems) {
		if (!cleanLink.isEmpty() && !webAddress(cleanLink)) {
			problems.add("作品链接不是有效的网址，或超过了 " + MAX_LINK + " 字");
		}
	}

	private static boolean webAddress(String link) {
		if (link.length() > MAX_LINK || FreeText.hasControl(link)) {
			return false;
		}
		try {
			URI uri = URI.create(link);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}
}
