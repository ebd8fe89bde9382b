package cn.shuangyong.supervision.tasklife;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.files.FileFolder;
import cn.shuangyong.shared.files.FileStore;
import cn.shuangyong.supervision.attachments.AttachmentRules;
import cn.shuangyong.supervision.targets.Tallies;
import cn.shuangyong.supervision.targets.Target;
import cn.shuangyong.supervision.targets.Targets;
import cn.shuangyong.supervision.TaskView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The content of a progress report: its text, a figure for each target of the task's item (the unit's count so far,
 * so a later report corrects an earlier one; a target another module tallies takes none), and its files. A report must say something: text, a figure or a file.
 */
@Component
public class ReportContents {

	static final int MAX_TEXT = 10_000;

	static final int MAX_FIGURE = 1_000_000;

	private final JdbcClient jdbc;

	private final Targets targets;

	private final AttachmentRules rules;

	private final FileFolder files;

	private final Tallies tallies;

	ReportContents(JdbcClient jdbc, Targets targets, AttachmentRules rules, FileStore store, Tallies tallies) {
		this.jdbc = jdbc;
		this.targets = targets;
		this.tallies = tallies;
		this.rules = rules;
		this.files = store.folder("supervision");
	}

	/** A report whose content passed every check. */
	public record Checked(String text, Map<Long, Integer> figures, List<AttachmentRules.CheckedFile> files) {
	}

	public Checked check(TaskView task, ReportDraft draft) {
		List<String> problems = new ArrayList<>();
		if (draft.text().length() > MAX_TEXT) {
			problems.add("进展报告不能超过 " + MAX_TEXT + " 字");
		}
		List<Target> known = targets.ofTask(task);
		draft.figures().forEach((targetId, value) -> {
			Target target = known.stream().filter(t -> t.id() == targetId).findFirst().orElse(null);
			if (target == null) {
				problems.add("所填数字对应的指标不属于本任务，请刷新页面后重新填写");
			}
			else if (tallies.sourceOf(target).isPresent()) {
				problems.add("指标“" + target.name() + "”" + tallies.sourceOf(target).get() + "，不能在进展报告中填写数字");
			}
			else if (value == null || value < 0 || value > MAX_FIGURE) {
				problems.add("指标“" + target.name() + "”的数字须为 0 至 " + MAX_FIGURE + " 之间的整数");
			}
		});
		List<AttachmentRules.CheckedFile> files = List.of();
		try {
			files = rules.check(draft.files());
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
		}
		if (problems.isEmpty() && draft.text().isEmpty() && draft.figures().isEmpty() && draft.files().isEmpty()) {
			problems.add("进展报告内容不能为空：请填写进展情况，或填写指标数字、附上文件");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Checked(draft.text(), draft.figures(), files);
	}

	public void save(long reportId, Checked report, Instant at) {
		report.figures().forEach((targetId, value) -> jdbc
			.sql("insert into supervision.report_figure (report_id, target_id, value) values (:r, :t, :v)")
			.param("r", reportId).param("t", targetId).param("v", value).update());
		for (AttachmentRules.CheckedFile file : report.files()) {
			String stored = files.write(file.content(), rules.fileLimit());
			jdbc.sql("""
					insert into supervision.report_attachment
					  (report_id, stored_name, original_name, size_bytes, content_type, sha256, created_at)
					values (:r, :s, :o, :size, :type, :sha, :at)""")
				.param("r", reportId).param("s", stored).param("o", file.originalName())
				.param("size", (long) file.content().length).param("type", file.kind().mediaType())
				.param("sha", file.sha256()).param("at", Timestamp.from(at)).update();
		}
	}
}
