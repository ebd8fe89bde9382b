package cn.shuangyong.supervision.attachments;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.files.FileKind;
import cn.shuangyong.shared.files.SizeLimit;
import cn.shuangyong.shared.web.UploadedFileName;
import cn.shuangyong.supervision.tasklife.ReportDraft;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Which files a report may carry: PDF, Word (.docx), Excel (.xlsx), JPG and PNG only, each checked by its content;
 * none empty; none over the per-file limit, and all together not over the per-report limit. Every bad file is
 * named in the answer, in Chinese.
 */
@Component
public class AttachmentRules {

	static final int MAX_FILES = 10;

	private final DataSize maxFile;

	private final DataSize maxReport;

	AttachmentRules(@Value("${shuangyong.supervision.attachments.max-file-size:10MB}") DataSize maxFile,
			@Value("${shuangyong.supervision.attachments.max-report-size:20MB}") DataSize maxReport) {
		this.maxFile = maxFile;
		this.maxReport = maxReport;
	}

	/** The store's own guard for one file, behind the checks above. */
	public SizeLimit fileLimit() {
		return SizeLimit.of(maxFile, "附件");
	}

	/** A file that passed: its cleaned name, its real kind, its bytes and their SHA-256. */
	public record CheckedFile(String originalName, FileKind kind, byte[] content, String sha256) {
	}

	public List<CheckedFile> check(List<ReportDraft.Upload> uploads) {
		List<String> problems = new ArrayList<>();
		List<CheckedFile> files = new ArrayList<>();
		if (uploads.size() > MAX_FILES) {
			problems.add("一次报送最多附 " + MAX_FILES + " 个文件");
		}
		long total = 0;
		for (ReportDraft.Upload upload : uploads) {
			String name = UploadedFileName.clean(upload.fileName());
			byte[] content = upload.content();
			total += content.length;
			Optional<String> problem = problem(name, content);
			if (problem.isPresent()) {
				problems.add(problem.get());
			}
			else {
				files.add(new CheckedFile(name, FileKind.of(content).orElseThrow(), content, sha256(content)));
			}
		}
		if (total > maxReport.toBytes()) {
			problems.add("附件合计 " + megabytes(total) + "，超过每次报送 " + megabytes(maxReport.toBytes()) + " 的上限");
		}
		if (!problems.isEmpty()) {
			throw new cn.shuangyong.shared.InvalidInputException(problems);
		}
		return files;
	}

	private Optional<String> problem(String name, byte[] content) {
		String shown = "附件“" + (name.isEmpty() ? "（未命名）" : name) + "”";
		Optional<FileKind> claimed = FileKind.claimedBy(name);
		if (claimed.isEmpty()) {
			return Optional.of(shown + "的类型不允许：只能上传 PDF、Word（.docx）、Excel（.xlsx）、JPG 或 PNG 文件");
		}
		if (content.length == 0) {
			return Optional.of(shown + "是空文件");
		}
		if (content.length > maxFile.toBytes()) {
			return Optional.of(shown + "大小为 " + megabytes(content.length) + "，超过单个文件 "
					+ megabytes(maxFile.toBytes()) + " 的上限");
		}
		Optional<FileKind> actual = FileKind.of(content);
		if (actual.isEmpty() || actual.get() != claimed.get()) {
			return Optional.of(shown + "的内容不是扩展名所示的 " + claimed.get().name()
					+ " 文件（可能是改了扩展名的其他文件），请上传真实的文件");
		}
		return Optional.empty();
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
