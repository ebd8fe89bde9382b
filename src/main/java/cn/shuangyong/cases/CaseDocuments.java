package cn.shuangyong.cases;

import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.files.FileFolder;
import cn.shuangyong.shared.files.FileKind;
import cn.shuangyong.shared.files.FileStore;
import cn.shuangyong.shared.files.SizeLimit;
import cn.shuangyong.shared.files.Upload;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's documents: the managing and the handling unit attach them (PDF, Word, Excel, JPG or PNG, each told by its
 * content and matching its name, under the size limit, at most five at a time); whoever may read the case reads
 * them, and every read is audited, as a case's personal details are.
 */
@Service
public class CaseDocuments {

	static final int MAX_FILES = 5;

	private final JdbcClient jdbc;

	private final Grievances grievances;

	private final FileFolder folder;

	private final SizeLimit limit;

	private final AuditTrail audit;

	private final BusinessClock clock;

	CaseDocuments(JdbcClient jdbc, Grievances grievances, FileStore store, AuditTrail audit, BusinessClock clock,
			@Value("${shuangyong.cases.document-max-bytes:10485760}") long maxBytes) {
		this.jdbc = jdbc;
		this.grievances = grievances;
		this.folder = store.folder("cases");
		this.limit = new SizeLimit(maxBytes, "案件材料");
		this.audit = audit;
		this.clock = clock;
	}

	/** A document as the case page lists it. */
	public record CaseDocument(UUID id, String name, long size, String uploadedBy, OffsetDateTime uploadedAt) {
	}

	/** A document's name, type and bytes, for its download. */
	public record DocumentFile(String name, String contentType, byte[] content) {
	}

	/**
	 * Registers a case with the documents that came with it (the petition letter, the instruction): the documents are
	 * checked first, and a refused one refuses the case, so nothing is stored.
	 */
	@Transactional
	public long register(NewCase c, List<Upload> files, CurrentUser by) {
		if (!files.isEmpty()) {
			kinds(files);
		}
		long id = grievances.register(c, by);
		if (!files.isEmpty()) {
			attach(id, files, by);
		}
		return id;
	}

	@Transactional
	public void attach(long caseId, List<Upload> files, CurrentUser by) {
		GrievanceCase c = grievances.visible(caseId, by);
		boolean ownUnit = by.unitId() == c.officeUnitId() || Long.valueOf(by.unitId()).equals(c.handlingUnitId());
		if (!by.can(Permission.WORK_EDIT) || !ownUnit) {
			throw new AccessDeniedException("只有交办单位和承办单位可以上传案件材料");
		}
		List<FileKind> kinds = kinds(files);
		OffsetDateTime now = OffsetDateTime.now(clock.clock());
		for (int i = 0; i < files.size(); i++) {
			Upload file = files.get(i);
			UUID id = UUID.fromString(folder.write(file.content(), limit));
			jdbc.sql("""
					insert into cases.document (id, case_id, original_name, content_type, size_bytes, sha256, uploaded_by,
					  uploaded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, caseId, file.name(), kinds.get(i).mediaType(), file.content().length, sha256(file.content()),
						by.getUsername(), now)
				.update();
		}
		String names = String.join("、", files.stream().map(Upload::name).toList());
		jdbc.sql("insert into cases.step (case_id, at, actor, kind, text) values (?, ?, ?, 'DOCUMENT', ?)")
			.params(caseId, now, by.getUsername(), names).update();
		audit.record(by, "CASE_DOCUMENT_ADDED", AuditTarget.of("CASE", caseId), names);
	}

	/** The case's documents, for a user who may read the case. */
	public List<CaseDocument> of(long caseId, CurrentUser by) {
		grievances.visible(caseId, by);
		return jdbc.sql("""
				select id, original_name, size_bytes, uploaded_by, uploaded_at from cases.document
				where case_id = ? order by uploaded_at, id""").param(caseId)
			.query((rs, n) -> new CaseDocument(rs.getObject("id", UUID.class), rs.getString("original_name"),
					rs.getLong("size_bytes"), rs.getString("uploaded_by"),
					rs.getObject("uploaded_at", OffsetDateTime.class).atZoneSameInstant(BusinessClock.CHINA).toOffsetDateTime()))
			.list();
	}

	/** A document of the case, read by a user who may read the case; audited. */
	@Transactional
	public DocumentFile read(long caseId, UUID documentId, CurrentUser by) {
		grievances.visible(caseId, by);
		DocumentFile file = jdbc.sql("select original_name, content_type from cases.document where id = ? and case_id = ?")
			.params(documentId, caseId)
			.query((rs, n) -> new DocumentFile(rs.getString(1), rs.getString(2), null)).optional()
			.orElseThrow(() -> new NotFoundException("案件材料不存在"));
		audit.record(by, "CASE_DOCUMENT_READ", AuditTarget.of("CASE", caseId), file.name());
		return new DocumentFile(file.name(), file.contentType(), folder.read(documentId.toString()));
	}

	/** Each file's kind, told by its content and matching its name, under the size limit; five at most. */
	private List<FileKind> kinds(List<Upload> files) {
		if (files.isEmpty()) {
			throw new InvalidInputException("案件材料：请选择文件");
		}
		if (files.size() > MAX_FILES) {
			throw new InvalidInputException("案件材料：一次最多上传 " + MAX_FILES + " 个文件");
		}
		return files.stream().map(f -> {
			limit.check(f.content().length);
			return FileKind.check("案件材料", f.name(), f.content(), Set.of(FileKind.values()));
		}).toList();
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
