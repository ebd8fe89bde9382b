package cn.shuangyong.publicity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.PeopleQuery;
import cn.shuangyong.beneficiaries.RegistryPerson;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.documents.OfficeCode;
import cn.shuangyong.documents.publicnotice.Announcement;
import cn.shuangyong.documents.publicnotice.NoticeOutcome;
import cn.shuangyong.documents.publicnotice.Objection;
import cn.shuangyong.documents.publicnotice.ObjectionAnswer;
import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.documents.publicnotice.PublicNotice;
import cn.shuangyong.documents.publicnotice.PublicNotices;
import cn.shuangyong.documents.publicnotice.Subject;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selecting exemplars (最美退役军人, 模范退役军人, 双拥先进个人 and 单位): the office opens a selection with its rules
 * and the places of each region below it; units nominate within their own region, a person of the registry by their
 * record; the office reviews; the approved go through a 公示 with objections, the platform's one way
 * ({@code documents.publicnotice}), as the model city's does; after it has closed the office names them with the
 * naming document and they join the exemplars. Only the selecting office moves the selection; a selection is read by
 * the business roles of its region, above it and below it.
 */
@Service
@Transactional
public class Selections {

	static final String MODULE = "publicity";

	private final SelectionStore store;

	private final PublicNotices notices;

	private final PeopleQuery people;

	private final Directory directory;

	private final AuditTrail audit;

	private final BusinessClock clock;

	Selections(SelectionStore store, PublicNotices notices, PeopleQuery people, Directory directory, AuditTrail audit,
			BusinessClock clock) {
		this.store = store;
		this.notices = notices;
		this.people = people;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens a selection in the office's own region. {@code quotas} gives the places per region, each the office's
	 * own region or one directly below it ({@code 5323:3}, one a line or separated by commas).
	 */
	public long open(String honour, Integer year, String rules, String quotas, CurrentUser by) {
		office(by);
		List<String> problems = new ArrayList<>();
		String cleanHonour = FreeText.required(honour, "评选称号", 50, problems);
		String cleanRules = FreeText.required(rules, "评选条件和程序", 2000, problems);
		if (year == null || year < 1949 || year > clock.today().getYear() + 1) {
			problems.add("评选年度须在 1949 年至明年之间");
		}
		Map<String, Integer> places = places(quotas, by.regionCode(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = store.insert(cleanHonour, year, by.regionCode(), by.unitId(), cleanRules, places, by.getUsername(),
				now());
		audit.record(by, "PUBLICITY_SELECTION_OPENED", AuditTarget.of("PUBLICITY_SELECTION", id),
				year + "年度" + cleanHonour);
		return id;
	}

	/**
	 * A unit nominates someone of its own region: by their registry record ({@code personId}, whose name and place
	 * are then taken from the registry) or by name and region.
	 */
	public long nominate(long selectionId, Long personId, String name, String region, String story, String honours,
			CurrentUser by) {
		by.require(Permission.WORK_EDIT);
		Selection selection = visible(selectionId, by);
		selection.requireNominating();
		List<String> problems = new ArrayList<>();
		String cleanName = FreeText.clean(name);
		String cleanRegion = FreeText.clean(region);
		if (personId != null) {
			RegistryPerson person = people.byIds(List.of(personId), by).get(personId);
			if (person == null) {
				throw new InvalidInputException("优抚对象登记库中没有编号为 " + personId + " 的人员，或其不在推荐单位的行政区域内");
			}
			cleanRegion = person.regionCode();
			if (person.personal() != null) {
				cleanName = person.personal().name();
			}
		}
		if (cleanName.isEmpty() || cleanName.length() > 100 || FreeText.hasControl(name == null ? "" : name)) {
			problems.add("请填写候选人姓名或单位名称（不超过 100 字）");
		}
		String cleanStory = FreeText.required(story, "主要事迹", 2000, problems);
		String cleanHonours = FreeText.clean(honours);
		if (cleanHonours.length() > 1000 || honours != null && FreeText.hasControl(honours)) {
			problems.add("所获荣誉不能超过 1000 字");
		}
		String quotaRegion = null;
		if (!cleanRegion.matches("\\d{2,12}") || directory.region(RegionCode.of(cleanRegion)).isEmpty()) {
			problems.add("请选择候选人所在地区");
		}
		else if (!by.covers(cleanRegion)) {
			problems.add("候选人所在地区须在推荐单位的行政区域内，" + regionName(cleanRegion) + "不在其中");
		}
		else {
			quotaRegion = quotaRegion(selection, cleanRegion);
			if (quotaRegion == null) {
				problems.add("候选人所在地区" + regionName(cleanRegion) + "在本次评选中没有推荐名额");
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = store.nominate(selectionId, cleanName, cleanRegion, quotaRegion, by.unitId(), personId, cleanStory,
				cleanHonours, by.getUsername(), now());
		audit.record(by, "PUBLICITY_NOMINATED", AuditTarget.of("PUBLICITY_SELECTION", selectionId), cleanName);
		return id;
	}

	/** The office approves or rejects a nominee; a rejection needs its reason. */
	public void review(long selectionId, long nomineeId, int version, boolean approve, String note, CurrentUser by) {
		Selection selection = moved(selectionId, by);
		selection.requireReviewable(approve);
		Nominee nominee = store.nominees(selectionId).stream().filter(n -> n.id() == nomineeId).findFirst()
			.orElseThrow(() -> new NotFoundException("候选人不存在"));
		String text = FreeText.clean(note);
		if (!approve && text.isEmpty() || text.length() > 500 || note != null && FreeText.hasControl(note)) {
			throw new InvalidInputException("请写明审核意见（不通过时必填，不超过 500 字）");
		}
		store.review(nominee.id(), selectionId, version, approve ? NomineeState.APPROVED : NomineeState.REJECTED,
				text.isEmpty() ? null : text);
		audit.record(by, approve ? "PUBLICITY_NOMINEE_APPROVED" : "PUBLICITY_NOMINEE_REJECTED",
				AuditTarget.of("PUBLICITY_SELECTION", selectionId), nominee.name());
	}

	/** Opens the 公示 of the approved nominees, from its first to its last day; returns the announcing number. */
	public String openNotice(long selectionId, int version, LocalDate start, LocalDate end, CurrentUser by) {
		Selection selection = moved(selectionId, by);
		selection.requireReadyForNotice(store.nominees(selectionId), store.quotas(selectionId));
		Region region = directory.region(RegionCode.of(selection.regionCode())).orElseThrow();
		String office = directory.unit(new UnitId(selection.officeUnitId())).map(Unit::name).orElse(region.name());
		Subject subject = new Subject(MODULE, selectionId,
				region.name() + selection.year() + "年度" + selection.honour() + "评选");
		store.advance(selection, version, SelectionStage.NOTICE, null, null);
		PublicNotice notice = notices.open(subject, selection.regionCode(), notices.period(start, end),
				new Announcement.Issued(OfficeCode.abbreviation(region.name(), RegionLevel.ofCode(selection.regionCode()))
						+ "拥办", office, selection.officeUnitId(), selection.regionCode(),
						"关于" + subject.title() + "拟命名人选的公示"),
				by);
		audit.record(by, "PUBLICITY_SELECTION_NOTICE_OPENED", AuditTarget.of("PUBLICITY_SELECTION", selectionId),
				notice.docNumber());
		return notice.docNumber();
	}

	public long recordObjection(long selectionId, ObjectionInput objection, CurrentUser by) {
		moved(selectionId, by);
		long id = notices.recordObjection(notice(selectionId).id(), objection, by);
		audit.record(by, "PUBLICITY_SELECTION_OBJECTION", AuditTarget.of("PUBLICITY_SELECTION", selectionId),
				"异议 " + id);
		return id;
	}

	public void answer(long selectionId, long objectionId, ObjectionAnswer answer, CurrentUser by) {
		moved(selectionId, by);
		notices.answer(notice(selectionId).id(), objectionId, answer, by);
		audit.record(by, "PUBLICITY_SELECTION_OBJECTION_ANSWERED", AuditTarget.of("PUBLICITY_SELECTION", selectionId),
				"异议 " + objectionId);
	}

	/** Closes the 公示 as the office saw it; refused before its last day has passed or with an objection open. */
	public void closeNotice(long selectionId, int noticeVersion, boolean confirmed, String note, CurrentUser by) {
		moved(selectionId, by);
		notices.close(notice(selectionId).id(), noticeVersion,
				confirmed ? NoticeOutcome.CONFIRMED : NoticeOutcome.OVERTURNED, note, by);
		audit.record(by, "PUBLICITY_SELECTION_NOTICE_CLOSED", AuditTarget.of("PUBLICITY_SELECTION", selectionId),
				confirmed ? "公示通过" : "公示未通过");
	}

	/** Names the approved nominees after the 公示, with the naming document; they join the exemplars. */
	public void name(long selectionId, int version, String namingDoc, CurrentUser by) {
		Selection selection = moved(selectionId, by);
		List<String> problems = new ArrayList<>();
		String doc = FreeText.required(namingDoc, "命名文件（文号或名称）", 100, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		selection.requireNameable(notices.latestOf(MODULE, selectionId).orElse(null));
		store.advance(selection, version, SelectionStage.NAMED, doc, clock.today());
		Selection named = store.find(selectionId).orElseThrow();
		for (Nominee nominee : store.nominees(selectionId)) {
			if (nominee.state() == NomineeState.APPROVED) {
				store.exemplar(named, nominee, by.getUsername(), now());
			}
		}
		audit.record(by, "PUBLICITY_SELECTION_NAMED", AuditTarget.of("PUBLICITY_SELECTION", selectionId), doc);
	}

	/** The selections a user sees: of their region, of the regions above it, and of every region below it. */
	@Transactional(readOnly = true)
	public List<Selection> visibleTo(CurrentUser by) {
		by.require(Permission.WORK_READ);
		List<String> above = directory.lineage(RegionCode.of(by.regionCode())).stream().map(r -> r.code().value())
			.toList();
		return store.visible(above.isEmpty() ? List.of(by.regionCode()) : above, by.regionCode());
	}

	/** A selection with its places, nominees and 公示, as its page and the API show it. */
	@Transactional(readOnly = true)
	public SelectionDetail detail(long selectionId, CurrentUser by) {
		Selection selection = visible(selectionId, by);
		Map<String, Integer> quotas = store.quotas(selectionId);
		List<Nominee> nominees = store.nominees(selectionId);
		List<SelectionDetail.Places> places = new ArrayList<>();
		quotas.forEach((region, quota) -> places.add(new SelectionDetail.Places(region, regionName(region), quota,
				(int) nominees.stream().filter(n -> n.quotaRegion().equals(region)).count(),
				(int) nominees.stream()
					.filter(n -> n.quotaRegion().equals(region) && n.state() == NomineeState.APPROVED).count())));
		Optional<PublicNotice> notice = notices.latestOf(MODULE, selectionId);
		Map<Long, String> units = new LinkedHashMap<>();
		directory.units(nominees.stream().map(n -> new UnitId(n.nominatingUnitId())).distinct().toList())
			.forEach(u -> units.put(u.id().value(), u.name()));
		List<SelectionDetail.NomineeLine> lines = nominees.stream()
			.map(n -> new SelectionDetail.NomineeLine(n, regionName(n.regionCode()),
					units.getOrDefault(n.nominatingUnitId(), "")))
			.toList();
		return new SelectionDetail(selection, regionName(selection.regionCode()), places, lines, notice.orElse(null),
				notice.map(n -> notices.objections(n.id())).orElse(List.<Objection>of()),
				mayMove(selection, by), by.can(Permission.WORK_EDIT) && selection.stage() == SelectionStage.NOMINATING);
	}

	/** Whether this user moves the selection: the selecting office itself. */
	public static boolean mayMove(Selection selection, CurrentUser by) {
		return by.can(Permission.PLANS_PUBLISH) && by.regionCode().equals(selection.regionCode());
	}

	private Selection visible(long selectionId, CurrentUser by) {
		by.require(Permission.WORK_READ);
		Selection selection = store.find(selectionId).orElseThrow(() -> new NotFoundException("评选不存在"));
		boolean seen = by.covers(selection.regionCode()) || by.regionCode().startsWith(selection.regionCode());
		if (!seen) {
			throw new NotFoundException("评选不存在");
		}
		return selection;
	}

	private Selection moved(long selectionId, CurrentUser by) {
		Selection selection = visible(selectionId, by);
		if (!mayMove(selection, by)) {
			throw new AccessDeniedException("只有组织评选的双拥办可以审核、公示和命名");
		}
		return store.lock(selectionId).orElseThrow();
	}

	private PublicNotice notice(long selectionId) {
		return notices.latestOf(MODULE, selectionId).orElseThrow(() -> new NotFoundException("本次评选尚未公示"));
	}

	private void office(CurrentUser by) {
		if (!by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只有双拥办可以组织先进典型评选");
		}
	}

	/** The places per region as the office typed them: the own region or one directly below it, each at most once. */
	private Map<String, Integer> places(String text, String own, List<String> problems) {
		Map<String, Integer> places = new LinkedHashMap<>();
		String clean = text == null ? "" : text.strip();
		if (clean.isEmpty()) {
			problems.add("请填写各地区推荐名额，如 5323:3");
			return places;
		}
		for (String part : clean.split("[,，;；\\s]+")) {
			String[] pair = part.split("[:：]");
			if (pair.length != 2 || !pair[0].matches("\\d{2,12}") || !pair[1].matches("\\d{1,4}")) {
				problems.add("推荐名额“" + part + "”应写成 地区代码:名额，如 5323:3");
				continue;
			}
			Optional<Region> region = directory.region(RegionCode.of(pair[0]));
			boolean within = region.isPresent() && (pair[0].equals(own)
					|| region.get().parent() != null && region.get().parent().value().equals(own));
			int quota = Integer.parseInt(pair[1]);
			if (!within) {
				problems.add("推荐名额的地区 " + pair[0] + " 不在本次评选的范围内（须为本级或直接下级地区）");
			}
			else if (quota < 1 || quota > 1000) {
				problems.add("地区 " + pair[0] + " 的推荐名额须在 1 至 1000 之间");
			}
			else if (places.put(pair[0], quota) != null) {
				problems.add("地区 " + pair[0] + " 的推荐名额重复填写");
			}
		}
		return places;
	}

	/** The region among the selection's places whose places a nominee from this region takes. */
	private String quotaRegion(Selection selection, String region) {
		Map<String, Integer> quotas = store.quotas(selection.id());
		return directory.lineage(RegionCode.of(region)).stream().map(r -> r.code().value())
			.filter(quotas::containsKey).reduce((a, b) -> b).orElse(null);
	}

	private String regionName(String code) {
		return directory.region(RegionCode.of(code)).map(Region::name).orElse(code);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock.clock());
	}
}
