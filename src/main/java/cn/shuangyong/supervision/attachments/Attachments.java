package cn.shuangyong.supervision.attachments;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.files.FileFolder;
import cn.shuangyong.shared.files.FileStore;
import cn.shuangyong.supervision.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report files for download: only to a user who may see the task (any other answers 404, as if the file did not
 * exist). Each download is audited, since a report may carry names of people.
 */
@Service
@Transactional
public class Attachments {

	private final JdbcClient jdbc;

	private final Tasks tasks;

	private final FileFolder files;

	private final AuditTrail audit;

	Attachments(JdbcClient jdbc, Tasks tasks, FileStore store, AuditTrail audit) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.files = store.folder("supervision");
		this.audit = audit;
	}

	/** A stored file with the name, type and checksum it was uploaded with. */
	public record AttachmentFile(long id, String originalName, String contentType, long size, String sha256,
			Path path) {
	}

	public AttachmentFile find(long attachmentId, CurrentUser user) {
		record Row(long taskId, String stored, String name, String type, long size, String sha) {
		}
		Row row = jdbc.sql("""
				select r.task_id, a.stored_name, a.original_name, a.content_type, a.size_bytes, a.sha256
				from supervision.report_attachment a join supervision.progress_report r on r.id = a.report_id
				where a.id = :id""")
			.param("id", attachmentId)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					rs.getString(6)))
			.optional().orElseThrow(() -> new NotFoundException("附件不存在"));
		tasks.find(row.taskId(), user);
		Path path = files.path(row.stored());
		if (!Files.isRegularFile(path)) {
			throw new NotFoundException("附件文件已不在存储目录中，请联系管理员");
		}
		// the file's own name stays out of the log: names like 张三身份证.pdf carry personal data; the id and the task
		// find the file, and its digest proves which content was read
		audit.record(user, "ATTACHMENT_DOWNLOAD", AuditTarget.of("TASK", Long.toString(row.taskId())),
				"附件 " + attachmentId + "，SHA-256 " + row.sha());
		return new AttachmentFile(attachmentId, row.name(), row.type(), row.size(), row.sha(), path);
	}
}
