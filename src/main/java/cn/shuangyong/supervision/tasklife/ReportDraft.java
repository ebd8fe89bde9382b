package cn.shuangyong.supervision.tasklife;

import java.util.List;
import java.util.Map;
import cn.shuangyong.supervision.TaskWork;

/**
 * What a unit sends as a progress report: its text, its figures (target id to the unit's count so far) and its files.
 * Checked by {@link TaskWork#report(long, ReportDraft, cn.shuangyong.shared.CurrentUser)}.
 */
public record ReportDraft(String text, Map<Long, Integer> figures, List<Upload> files) {

	public ReportDraft {
		text = text == null ? "" : text.strip();
		figures = figures == null ? Map.of() : Map.copyOf(figures);
		files = files == null ? List.of() : List.copyOf(files);
	}

	/** A file as the user sent it: the name they gave it and its bytes. */
	public record Upload(String fileName, byte[] content) {

		public Upload {
			fileName = fileName == null ? "" : fileName.strip();
			content = content == null ? new byte[0] : content;
		}
	}
}
