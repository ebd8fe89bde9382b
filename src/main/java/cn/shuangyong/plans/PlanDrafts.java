package cn.shuangyong.plans;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.documents.reading.DocumentHeader;
import cn.shuangyong.documents.reading.NoticeDraft;
import cn.shuangyong.documents.reading.NoticeReader;
import cn.shuangyong.documents.reading.UnreadableNoticeException;
import cn.shuangyong.documents.reading.WorkItemDraft;
import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Uploading a notice makes a draft; the office corrects it item by item until it publishes. A draft belongs to the
 * uploading unit's region: outside it, a draft answers 404; a user in scope without WORK_EDIT gets 403 on changes.
 */
@Service
@Transactional
public class PlanDrafts {

	static final Permission PUBLISH = Permission.PLANS_PUBLISH;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final NoticeReader reader;

	private final BusinessClock clock;

	private final AuditTrail audit;

	PlanDrafts(JdbcClient jdbc, JsonMapper json, NoticeReader reader, BusinessClock clock, AuditTrail audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.json = json;
		this.reader = reader;
		this.clock = clock;
	}

	/** Reads an uploaded notice; an unreadable file saves nothing and says why in Chinese. */
	public long upload(String fileName, byte[] content, CurrentUser by) {
		requireEditor(by);
		String text;
		NoticeDraft notice;
		try {
			text = reader.extractText(fileName, content);
			notice = reader.readText(text);
		}
		catch (UnreadableNoticeException e) {
			throw new InvalidInputException(e.getMessage());
		}
		return jdbc.sql("""
				insert into plans.draft (file_name, source_text, content, owner_unit_id, owner_region, created_by, created_at)
				values (:file, :text, :content, :unit, :region, :by, :at) returning id""")
			.param("file", fileName == null || fileName.isBlank() ? "通知" : fileName).param("text", text)
			.param("content", json.writeValueAsString(new DraftContent(notice, List.of(), null)))
			.param("unit", by.unitId()).param("region", by.regionCode()).param("by", by.getUsername())
			.param("at", Timestamp.from(clock.now())).query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public PlanDraft find(long id, CurrentUser by) {
		PlanDraft draft = load(id).orElseThrow(() -> new NotFoundException("草稿不存在"));
		by.mayRead(draft.ownerRegion(), Permission.WORK_READ, "草稿不存在");
		return draft;
	}

	@Transactional(readOnly = true)
	public List<PlanDraft> open(CurrentUser by) {
		by.require(Permission.WORK_READ);
		return by.scope().bind(jdbc.sql(
				"select * from plans.draft where owner_region like :scope and published_at is null order by id desc"))
			.query(this::map).list();
	}

	/** Corrects one item of the draft. */
	public PlanDraft correctItem(long id, int version, int index, WorkItemDraft item, CurrentUser by) {
		PlanDraft draft = editable(id, by);
		if (index < 0 || index >= draft.content().notice().items().size()) {
			throw new NotFoundException("草稿中没有第 " + (index + 1) + " 个条目");
		}
		WorkItemDraft before = draft.content().notice().items().get(index);
		// A corrected text states its own targets; the stored ones were read from the text as it was.
		WorkItemDraft corrected = java.util.Objects.equals(before.text(), item.text()) ? item
				: new WorkItemDraft(item.no(), item.section(), item.text(), item.leads(), item.leadMode(),
						item.cooperators(), item.cooperatorRole(), item.timeNodes(), reader.readTargets(item.text()));
		return change(draft, version, draft.content().withItem(index, corrected));
	}

	/** Corrects a document's header: issuer, number, title, recipients. */
	public PlanDraft correctDocument(long id, int version, int index, DocumentHeader header, CurrentUser by) {
		PlanDraft draft = editable(id, by);
		if (index < 0 || index >= draft.content().notice().documents().size()) {
			throw new NotFoundException("草稿中没有第 " + (index + 1) + " 份文件");
		}
		return change(draft, version, draft.content().withDocument(index, header));
	}

	/** Sets the issuing date (成文日期) that deadlines count from; notices often carry none the reader can find. */
	public PlanDraft setIssuedOn(long id, int version, java.time.LocalDate date, CurrentUser by) {
		PlanDraft draft = editable(id, by);
		return change(draft, version, draft.content().issuedOn(date));
	}

	/** Picks who leads one of the forwarding office's own points. */
	public PlanDraft pickPointLeads(long id, int version, int index, List<String> leads, CurrentUser by) {
		PlanDraft draft = editable(id, by);
		if (index < 0 || index >= draft.content().pointLeads().size()) {
			throw new NotFoundException("草稿中没有第 " + (index + 1) + " 条贯彻意见");
		}
		return change(draft, version, draft.content().withPointLeads(index, leads));
	}

	/**
	 * Deletes a draft that was never published (a wrong file, a notice uploaded twice), at the version its deleter saw.
	 * A published draft stays: its plan and documents came from it.
	 */
	public void delete(long id, Integer version, CurrentUser by) {
		PlanDraft draft = editable(id, by);
		if (version == null) {
			throw new InvalidInputException("缺少草稿的版本号（version）：请刷新页面后再删除");
		}
		int deleted = jdbc.sql("delete from plans.draft where id = :id and version = :v and published_at is null")
			.param("id", id).param("v", version).update();
		if (deleted == 0) {
			throw new ConflictException("该草稿在您打开后已被他人修改或发布，本次未删除；请刷新页面后再看");
		}
		audit.record(by, "DRAFT_DELETED", AuditTarget.of("DRAFT", id), "删除草稿：" + draft.fileName());
	}

	/** Saves a correction, refusing it when someone else saved the draft in between. */
	private PlanDraft change(PlanDraft draft, int version, DraftContent content) {
		long id = draft.id();
		int updated = jdbc.sql("update plans.draft set content = :c, version = version + 1 where id = :id and version = :v")
			.param("c", json.writeValueAsString(content)).param("id", id).param("v", version).update();
		if (updated == 0) {
			throw new ConflictException("该草稿已被他人修改，请刷新后再改");
		}
		return load(id).orElseThrow();
	}

	PlanDraft editable(long id, CurrentUser by) {
		PlanDraft draft = find(id, by);
		requireEditor(by);
		if (draft.published()) {
			throw new ConflictException("该草稿已发布，不能再修改");
		}
		return draft;
	}

	/**
	 * Marks the draft published, if it is still unpublished at the version the publisher saw; otherwise nothing
	 * changes and the publisher is told what happened. The row stays locked until the publication ends, so of two
	 * publications at once the second waits and is then refused.
	 */
	void claimForPublishing(long id, Integer version) {
		if (version == null) {
			throw new InvalidInputException("缺少草稿的版本号（version）：请刷新页面后再发布");
		}
		int claimed = jdbc.sql("""
				update plans.draft set published_at = :at, version = version + 1
				where id = :id and version = :v and published_at is null""")
			.param("at", Timestamp.from(clock.now())).param("id", id).param("v", version).update();
		if (claimed == 0) {
			PlanDraft now = load(id).orElseThrow(() -> new NotFoundException("草稿不存在"));
			throw new ConflictException(now.published() ? "该草稿已由他人发布，本次未重复发布；请刷新页面查看"
					: "该草稿在您打开后已被他人修改，本次未发布；请刷新页面，看过最新内容后再发布");
		}
	}

	private Optional<PlanDraft> load(long id) {
		return jdbc.sql("select * from plans.draft where id = :id").param("id", id).query(this::map).optional();
	}

	private static void requireEditor(CurrentUser by) {
		if (!by.can(PUBLISH)) {
			throw new AccessDeniedException("无权上传或修改工作要点");
		}
	}

	private PlanDraft map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new PlanDraft(rs.getLong("id"), rs.getString("file_name"), rs.getString("source_text"),
				json.readValue(rs.getString("content"), DraftContent.class), rs.getLong("owner_unit_id"),
				rs.getString("owner_region"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				published == null ? null : published.toInstant(), rs.getInt("version"));
	}
}
