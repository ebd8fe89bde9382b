package cn.shuangyong.modelcity;

import java.sql.Timestamp;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provincial office edits the standard: a new version is drafted as a copy of the current one, edited, then
 * published. Published versions never change, so a running campaign keeps the indicators it started on. Every change
 * to a draft names the draft's version its editor saw, so two editors never overwrite each other unknowingly.
 */
@Service
@Transactional
public class StandardEditing {

	private final JdbcClient jdbc;

	private final Standards standards;

	private final AuditTrail audit;

	private final BusinessClock clock;

	StandardEditing(JdbcClient jdbc, Standards standards, AuditTrail audit, BusinessClock clock) {
		this.jdbc = jdbc;
		this.standards = standards;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether this user may edit standards: the provincial 双拥办. */
	public static boolean mayEdit(CurrentUser user) {
		return user.can(Permission.PLANS_PUBLISH) && user.can(Permission.WORK_EDIT) && user.regionLevel() == RegionLevel.PROVINCE;
	}

	/** Starts the next version as a copy of the current published one; returns its id. */
	public long draftNext(CurrentUser by) {
		permit(by);
		if (standards.draft().isPresent()) {
			throw new ConflictException("已有一份未发布的草稿，请先编辑发布或删除该草稿");
		}
		Standard current = standards.current().orElseThrow(() -> new ConflictException("还没有已发布的考评标准"));
		int next = jdbc.sql("select coalesce(max(version_no), 0) + 1 from modelcity.standard").query(Integer.class).single();
		long id = insertStandard(next, current.title(), current.sourceNote(), "DRAFT", current.id(), by.getUsername());
		for (StandardNode area : current.areas()) {
			copy(id, null, area);
		}
		for (VetoItem veto : current.vetoItems()) {
			insertVeto(id, veto.position(), veto.text(), veto.basis());
		}
		record(by, "MODEL_CITY_STANDARD_DRAFTED", id, "第 " + next + " 版草稿，以第 " + current.versionNo() + " 版为底稿");
		return id;
	}

	public void rename(long draftId, Integer version, String title, CurrentUser by) {
		int claimed = claim(draftId, version, by);
		if (title == null || title.isBlank() || title.strip().length() > 200) {
			throw new InvalidInputException("请填写标准名称（不超过 200 字）");
		}
		jdbc.sql("update modelcity.standard set title = :t where id = :id and version = :v").param("t", title.strip())
			.param("id", draftId).param("v", claimed).update();
	}

	public void editNode(long draftId, Integer version, long nodeId, NodeInput input, CurrentUser by) {
		claim(draftId, version, by);
		NodeKind kind = kindOf(draftId, nodeId);
		NodeInput.Valid valid = input.validate(kind);
		jdbc.sql("update modelcity.standard_node set title = :t, points = :p, evidence = :e, scoring = :s where id = :id")
			.param("t", valid.title()).param("p", valid.points()).param("e", valid.evidence()).param("s", valid.scoring())
			.param("id", nodeId).update();
		record(by, "MODEL_CITY_STANDARD_EDITED", draftId, "修改：" + valid.title());
	}

	/** Adds an area (no parent), an indicator under an area or a sub-point under an indicator, at the end. */
	public long addNode(long draftId, Integer version, Long parentId, NodeInput input, CurrentUser by) {
		claim(draftId, version, by);
		NodeKind kind = parentId == null ? NodeKind.AREA : kindOf(draftId, parentId).child();
		NodeInput.Valid valid = input.validate(kind);
		int position = jdbc.sql("""
				select coalesce(max(position), 0) + 1 from modelcity.standard_node
				where standard_id = :s and coalesce(parent_id, 0) = :p""")
			.param("s", draftId).param("p", parentId == null ? 0L : parentId).query(Integer.class).single();
		long id = insertNode(draftId, parentId, kind, position, valid);
		record(by, "MODEL_CITY_STANDARD_EDITED", draftId, "新增：" + valid.title());
		return id;
	}

	public void removeNode(long draftId, Integer version, long nodeId, CurrentUser by) {
		claim(draftId, version, by);
		kindOf(draftId, nodeId);
		jdbc.sql("delete from modelcity.standard_node where id = :id").param("id", nodeId).update();
		record(by, "MODEL_CITY_STANDARD_EDITED", draftId, "删除节点 " + nodeId);
	}

	public void addVeto(long draftId, Integer version, String text, CurrentUser by) {
		claim(draftId, version, by);
		if (text == null || text.isBlank() || text.strip().length() > 500) {
			throw new InvalidInputException("请填写一票否决项的内容（不超过 500 字）");
		}
		int position = jdbc.sql("select coalesce(max(position), 0) + 1 from modelcity.veto_item where standard_id = :s")
			.param("s", draftId).query(Integer.class).single();
		insertVeto(draftId, position, text.strip(), null);
		record(by, "MODEL_CITY_STANDARD_EDITED", draftId, "新增一票否决项");
	}

	public void removeVeto(long draftId, Integer version, long vetoId, CurrentUser by) {
		claim(draftId, version, by);
		if (jdbc.sql("delete from modelcity.veto_item where id = :id and standard_id = :s").param("id", vetoId)
			.param("s", draftId).update() == 0) {
			throw new NotFoundException("草稿中没有该一票否决项");
		}
		record(by, "MODEL_CITY_STANDARD_EDITED", draftId, "删除一票否决项 " + vetoId);
	}

	public void discard(long draftId, Integer version, CurrentUser by) {
		int claimed = claim(draftId, version, by);
		jdbc.sql("delete from modelcity.standard where id = :id and version = :v").param("id", draftId)
			.param("v", claimed).update();
		record(by, "MODEL_CITY_STANDARD_DISCARDED", draftId, null);
	}

	/**
	 * Publishes the draft as its editor saw it; new campaigns start on it, running ones keep theirs. A draft changed
	 * since is not published: the editor looks at it again first.
	 */
	public void publish(long draftId, Integer version, CurrentUser by) {
		int claimed = claim(draftId, version, by);
		List<String> problems = standards.find(draftId).problemsBeforePublishing();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		jdbc.sql("update modelcity.standard set state = 'PUBLISHED', published_at = :at where id = :id and version = :v")
			.param("at", Timestamp.from(clock.now())).param("id", draftId).param("v", claimed).update();
		record(by, "MODEL_CITY_STANDARD_PUBLISHED", draftId, null);
	}

	long insertStandard(int versionNo, String title, String source, String state, Long basedOn, String by) {
		return jdbc.sql("""
				insert into modelcity.standard (version_no, title, source_note, state, based_on, created_by, created_at,
				  published_at)
				values (:v, :t, :s, :state, :b, :by, :at, :pub) returning id""")
			.param("v", versionNo).param("t", title).param("s", source).param("state", state).param("b", basedOn)
			.param("by", by).param("at", Timestamp.from(clock.now()))
			.param("pub", "PUBLISHED".equals(state) ? Timestamp.from(clock.now()) : null).query(Long.class).single();
	}

	long insertNode(long standardId, Long parentId, NodeKind kind, int position, NodeInput.Valid node) {
		return jdbc.sql("""
				insert into modelcity.standard_node (standard_id, parent_id, kind, position, title, points, evidence, scoring)
				values (:s, :p, :k, :pos, :t, :pts, :e, :sc) returning id""")
			.param("s", standardId).param("p", parentId).param("k", kind.name()).param("pos", position)
			.param("t", node.title()).param("pts", kind == NodeKind.AREA ? java.math.BigDecimal.ZERO : node.points())
			.param("e", node.evidence()).param("sc", node.scoring()).query(Long.class).single();
	}

	void insertVeto(long standardId, int position, String text, String basis) {
		jdbc.sql("insert into modelcity.veto_item (standard_id, position, text, basis) values (:s, :p, :t, :b)")
			.param("s", standardId).param("p", position).param("t", text).param("b", basis).update();
	}

	private void copy(long standardId, Long parentId, StandardNode node) {
		long id = insertNode(standardId, parentId, node.kind(), node.position(),
				new NodeInput.Valid(node.title(), node.points(), node.evidence(), node.scoring()));
		node.children().forEach(child -> copy(standardId, id, child));
	}

	/**
	 * Claims the draft for one change: it must still be a draft, at the version its editor saw. The version moves in
	 * the same statement, which holds the row until the transaction ends, so of two editors working from the same page
	 * the second is refused and nothing of theirs is written. Returns the version the change is written under; a
	 * refused change (bad input too) rolls the move back.
	 */
	private int claim(long draftId, Integer version, CurrentUser by) {
		permit(by);
		state(draftId); // 404 before anything else
		if (version == null) {
			throw new InvalidInputException("缺少草稿的版本号（version）：请刷新页面后再操作");
		}
		int claimed = jdbc.sql("""
				update modelcity.standard set version = version + 1 where id = :id and version = :v and state = 'DRAFT'""")
			.param("id", draftId).param("v", version).update();
		if (claimed == 0) {
			if (!"DRAFT".equals(state(draftId))) {
				throw new ConflictException("已发布的考评标准不能修改，请先起草新版本");
			}
			throw new ConflictException("该草稿在您打开后已被他人修改，本次未更改；请刷新页面，看过最新内容后再改");
		}
		return version + 1;
	}

	private String state(long standardId) {
		return jdbc.sql("select state from modelcity.standard where id = :id").param("id", standardId)
			.query(String.class).optional().orElseThrow(() -> new NotFoundException("考评标准不存在"));
	}

	private NodeKind kindOf(long draftId, long nodeId) {
		return jdbc.sql("select kind from modelcity.standard_node where id = :id and standard_id = :s")
			.param("id", nodeId).param("s", draftId).query(String.class).optional().map(NodeKind::valueOf)
			.orElseThrow(() -> new NotFoundException("草稿中没有该指标"));
	}

	private static void permit(CurrentUser by) {
		if (!mayEdit(by)) {
			throw new AccessDeniedException("只有省双拥办可以修改考评标准");
		}
	}

	private void record(CurrentUser by, String event, long standardId, String detail) {
		audit.record(by, event, AuditTarget.of("MODEL_CITY_STANDARD", standardId), detail);
	}
}
