package cn.shuangyong.publicity;

import java.time.OffsetDateTime;
import java.util.Optional;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.PlanItem;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.files.FileFolder;
import cn.shuangyong.shared.files.FileStore;
import cn.shuangyong.shared.files.SizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The life of a work: a unit submits it for a plan item it can see (an office may submit for a unit in its region),
 * with a link or a file kept in the one file store; the office that issued the item accepts it, and from then on it
 * counts toward the item's targets, or returns it with a reason.
 */
@Service
public class Works {

	private final WorkStore store;

	private final WorkQueries queries;

	private final WorkPlans plans;

	private final Directory directory;

	private final AuditTrail audit;

	private final BusinessClock clock;

	private final FileFolder files;

	private final SizeLimit limit;

	private final WorkKinds kinds;

	Works(WorkStore store, WorkQueries queries, WorkPlans plans, Directory directory, AuditTrail audit,
			BusinessClock clock, FileStore fileStore, WorkKinds kinds,
			@Value("${shuangyong.publicity.max-file-size:20MB}") DataSize maxFile) {
		this.kinds = kinds;
		this.store = store;
		this.queries = queries;
		this.plans = plans;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
		this.files = fileStore.folder("publicity");
		this.limit = SizeLimit.of(maxFile, "作品文件");
	}

	@Transactional
	public long submit(NewWork work, CurrentUser by) {
		by.require(Permission.WORK_EDIT);
		WorkKind kind = kinds.find(work.kind())
			.orElseThrow(() -> new InvalidInputException("作品类型“" + work.kind() + "”不存在"));
		Unit author = author(work.authorUnitId(), by);
		if (work.itemId() == null) {
			throw new InvalidInputException("请选择作品回应的工作要点条目");
		}
		PlanItem item = plans.item(work.itemId(), by);
		PlanSummary plan = plans.byId(item.planId()).orElseThrow();
		if (work.publishedOn().isAfter(clock.today())) {
			throw new InvalidInputException("刊播日期不能晚于今天（" + clock.today() + "）");
		}
		Work.StoredFile file = work.file().empty() ? null : keep(kind, work.file());
		long id = store.insert(work, kind, author.id().value(), author.regionCode().value(), file, plan.regionCode(),
				by.getUsername(), now());
		store.event(id, WorkEvent.Action.SUBMITTED, by.getUsername(), now(), null);
		audit.record(by, "PUBLICITY_WORK_SUBMITTED", AuditTarget.of("PUBLICITY_WORK", id), kind.name() + " " + work.title());
		return id;
	}

	@Transactional
	public void accept(long workId, int version, CurrentUser by) {
		Work work = reviewable(workId, by).accepted();
		store.review(work, version, by.getUsername(), now());
		store.event(workId, WorkEvent.Action.ACCEPTED, by.getUsername(), now(), null);
		audit.record(by, "PUBLICITY_WORK_ACCEPTED", AuditTarget.of("PUBLICITY_WORK", workId), work.title());
	}

	@Transactional
	public void returnWork(long workId, int version, String reason, CurrentUser by) {
		String text = FreeText.clean(reason);
		if (text.isEmpty() || text.length() > 1000 || FreeText.hasControl(reason)) {
			throw new InvalidInputException("请写明退回理由（不超过 1000 字）");
		}
		Work work = reviewable(workId, by).returned(text);
		store.review(work, version, by.getUsername(), now());
		store.event(workId, WorkEvent.Action.RETURNED, by.getUsername(), now(), text);
		audit.record(by, "PUBLICITY_WORK_RETURNED", AuditTarget.of("PUBLICITY_WORK", workId), text);
	}

	/**
	 * A returned work, corrected by its unit (or an office over it) and sent for review again. The history keeps the
	 * return's reason and notes what the correction changed; a new file replaces the old one.
	 */
	@Transactional
	public void resubmit(long workId, int version, WorkCorrection correction, CurrentUser by) {
		Work work = queries.visible(workId, by);
		if (!mayCorrect(work, by)) {
			throw new AccessDeniedException("只有作者单位或其上级双拥办可以修改并重新报送作品");
		}
		if (correction.publishedOn().isAfter(clock.today())) {
			throw new InvalidInputException("刊播日期不能晚于今天（" + clock.today() + "）");
		}
		if (!work.state().resubmittable()) {
			throw new ConflictException("只有被退回的作品可以修改后重新报送");
		}
		Work.StoredFile file = correction.file().empty() ? null : keep(work.kind(), correction.file());
		Work corrected = work.corrected(correction, file);
		store.resubmit(corrected, version, by.getUsername(), now());
		store.event(workId, WorkEvent.Action.RESUBMITTED, by.getUsername(), now(), work.changesTo(corrected));
		audit.record(by, "PUBLICITY_WORK_RESUBMITTED", AuditTarget.of("PUBLICITY_WORK", workId), corrected.title());
	}

	/** Whether this user may correct and resubmit this work: its own unit, or an office whose region holds it. */
	public static boolean mayCorrect(Work work, CurrentUser user) {
		return user.can(Permission.WORK_EDIT) && (user.unitId() == work.authorUnitId()
				|| user.can(Permission.PLANS_PUBLISH) && user.covers(work.regionCode()));
	}

	/**
	 * The reviewing office sends an accepted work on to a national channel (全国征文, 展播, a national journal) and
	 * records the outcome; sending it again corrects channel or outcome.
	 */
	@Transactional
	public void sendUpward(long workId, int version, String channel, String outcome, CurrentUser by) {
		Work work = reviewable(workId, by);
		if (work.state() != WorkState.ACCEPTED) {
			throw new ConflictException("只有已采用的作品可以向上报送");
		}
		java.util.List<String> problems = new java.util.ArrayList<>();
		String cleanChannel = FreeText.required(channel, "报送渠道", 100, problems);
		String cleanOutcome = FreeText.clean(outcome);
		if (cleanOutcome.length() > 200 || FreeText.hasControl(outcome)) {
			problems.add("报送结果不能超过 200 字");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		store.sentUpward(workId, version, cleanChannel, cleanOutcome.isEmpty() ? null : cleanOutcome);
		audit.record(by, "PUBLICITY_WORK_SENT_UPWARD", AuditTarget.of("PUBLICITY_WORK", workId), cleanChannel);
	}

	/** Whether this user reviews this work: the office of the region that issued the item it answers. */
	public static boolean reviews(Work work, CurrentUser user) {
		return user.can(Permission.PLANS_PUBLISH) && user.regionCode().equals(work.reviewerRegion());
	}

	private Work reviewable(long workId, CurrentUser by) {
		Work work = queries.visible(workId, by);
		if (!reviews(work, by)) {
			throw new AccessDeniedException("只有下发该条工作要点的双拥办可以审核作品");
		}
		return work;
	}

	private Unit author(long unitId, CurrentUser by) {
		long wanted = unitId == 0 ? by.unitId() : unitId;
		Optional<Unit> unit = directory.unit(new UnitId(wanted));
		if (unit.isEmpty() || !by.covers(unit.get().regionCode().value())) {
			throw new InvalidInputException("作者单位不存在或不在您的数据范围内");
		}
		if (wanted != by.unitId() && !by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只能以本单位名义报送作品");
		}
		return unit.get();
	}

	private Work.StoredFile keep(WorkKind kind, WorkUpload upload) {
		WorkFileType type = WorkFileType.of(upload.content(), upload.name()).orElseThrow(() -> new InvalidInputException(
				"文件“" + upload.name() + "”的类型不受支持：视频类作品须为 MP4、AVI 等视频文件，其他作品须为 PDF、docx、JPG 或 PNG 文件"));
		if (kind.video() && !type.video()) {
			throw new InvalidInputException(kind.name() + "的文件须为视频（MP4、AVI 等），“" + upload.name()
					+ "”不是视频");
		}
		if (!kind.video() && type.video()) {
			throw new InvalidInputException("视频文件只能作为视频类作品报送，" + kind.name() + "不是视频类作品");
		}
		limit.check(upload.content().length);
		String name = upload.name().isEmpty() ? "作品" : upload.name();
		String stored = files.write(upload.content(), limit);
		return new Work.StoredFile(stored, name.length() > 200 ? name.substring(name.length() - 200) : name,
				upload.content().length, type.mediaType());
	}

	/** The path of a work's file, for its download; the work must be visible to the user. */
	public Optional<java.nio.file.Path> file(Work work) {
		return Optional.ofNullable(work.file()).map(f -> files.path(f.storedName()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock.clock());
	}
}
